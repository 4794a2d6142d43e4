-- The task list in English names the applicant and its unit by their English names (issue 9):
-- copied onto the task like the Chinese ones (V9_10). Null: the Chinese name is shown.
alter table human_task add column applicant_name_en varchar(300);
alter table human_task add column applicant_unit_en varchar(200);

update human_task set applicant_name_en = (select c.title_en from process_case c where c.id = human_task.case_id);
update human_task set applicant_unit_en = (select nullif(trim(u.name_en), '') from process_case c
                                           join unit u on c.applicant_group = 'unit:' || cast(u.id as varchar(20))
                                           where c.id = human_task.case_id);
