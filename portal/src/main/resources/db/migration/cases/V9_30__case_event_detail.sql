-- What a history line names besides decision and comment, e.g. the organisation a
-- reassignment went to (issue 9, point 4).
alter table case_event add column detail varchar(300);
