-- History lines in the reader's language (issue 9): a detail that is a name gets its English
-- form (the organisation a reassignment went to), and codes that were written into comments move
-- to the detail, which the history fragment names through message keys.
alter table case_event add column detail_en varchar(300);

update case_event set detail_en = (select min(o.name_en) from organisation o
                                   where o.name_zh = case_event.detail and trim(o.name_en) <> '' and o.name_en <> o.name_zh)
    where event = 'DECIDED' and decision = 'reassign' and detail is not null;

-- An upgrade's badge types were written "VISITOR → STAFF".
update case_event set detail = replace(comment, ' → ', ','), comment = null
    where event = 'UPGRADE_REQUESTED' and comment in ('VISITOR → STAFF', 'VISITOR → VIP', 'STAFF → VIP');

-- A retry's incident error type was written as the comment.
update case_event set detail = comment, comment = null
    where event = 'INCIDENT_RETRIED' and detail is null and comment is not null;
