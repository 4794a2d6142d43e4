-- One row every booking locks (select ... for update) before it checks for overlaps and stores itself:
-- two bookings of the same unit or the same host that race are serialised, so the second sees the first.
-- Bookings are few (hundreds per fair), so one lock for all of them costs nothing worth a finer one.
create table meeting_booking_lock (
    id integer primary key
);
insert into meeting_booking_lock (id) values (1);

-- A plan is claimed by one booking only; the booking names it.
create index meeting_file_unit on meeting_file (unit_id, kind);
