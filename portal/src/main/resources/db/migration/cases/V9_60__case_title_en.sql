-- A case's title in English (issue 9): the applicant's English name where it has one, so that
-- English pages do not head a case with a Chinese name. Null: the Chinese title is shown.
-- Filled for existing cases from what they name: the unit, the person, the unit of a transfer.
alter table process_case add column title_en varchar(300);

update process_case set title_en = (select nullif(trim(u.name_en), '') from unit u
                                    where cast(u.id as varchar(20)) = process_case.business_key)
    where flow = 'unit-review';
update process_case set title_en = (select nullif(trim(p.name_en), '') from badge_person p
                                    where cast(p.id as varchar(20)) = process_case.business_key)
    where flow = 'badge-review';
update process_case set title_en = (select 'Bank transfer #' || process_case.business_key || ' · ' || u.name_en from unit u
                                    where process_case.applicant_group = 'unit:' || cast(u.id as varchar(20))
                                      and trim(u.name_en) <> '')
    where flow = 'bank-transfer-review';
