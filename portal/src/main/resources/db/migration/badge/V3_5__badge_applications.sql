-- A submitted person points at its badge-review case; the liaison's delivery choice is read when
-- the badge is produced (courier to a saved address, or pick-up on site).
alter table badge_person add column case_id varchar(36);
alter table badge_person add column submitted_at timestamp with time zone;
alter table badge_person add column delivery_method varchar(10) not null default 'DEFAULT';
alter table badge_person add column delivery_address_id bigint references badge_delivery_address (id) on delete set null;
alter table badge_person add constraint badge_person_delivery_method
    check (delivery_method in ('DEFAULT', 'COURIER', 'PICK_UP'));
create unique index badge_person_case on badge_person (case_id);

-- Answers of the identity security check, one per case and round: a resumed case publishes the
-- recorded answer again instead of asking the service twice.
create table badge_security_answer (
    case_id     varchar(36)  not null,
    round       integer      not null,
    passed      boolean      not null,
    reason      varchar(500),
    answered_at timestamp with time zone not null,
    primary key (case_id, round)
);
