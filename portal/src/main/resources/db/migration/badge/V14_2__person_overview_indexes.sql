-- The overview's chips count each status and each badge type only up to a limit (issue 14,
-- P2): these let the organiser's counts (every unit) stop after that many index entries
-- instead of reading every person.
create index badge_person_status_type on badge_person (status, badge_type);
create index badge_person_type_status on badge_person (badge_type, status);
