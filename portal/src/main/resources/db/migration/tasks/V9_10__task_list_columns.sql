-- The task list shows and searches whose application a task is without reading another table
-- per row: the case's title (unit or person name), the applicant unit's name and its credit code
-- are copied onto the task when it is created or delivered again.
alter table human_task add column applicant_name varchar(300);
alter table human_task add column applicant_unit varchar(200);
alter table human_task add column applicant_code varchar(18);

update human_task set applicant_name = (select c.title from process_case c where c.id = human_task.case_id);
update human_task set
    applicant_unit = (select u.name_zh from process_case c join unit u on c.applicant_group = 'unit:' || cast(u.id as varchar(20))
                      where c.id = human_task.case_id),
    applicant_code = (select u.credit_code from process_case c join unit u on c.applicant_group = 'unit:' || cast(u.id as varchar(20))
                      where c.id = human_task.case_id);

-- The list's queries: open tasks of a subtree by age, by due date, those claimed by a person,
-- and a credit code searched from its start.
create index human_task_open_scope on human_task (status, scope_org_id, created_at);
create index human_task_open_due on human_task (status, due_at);
create index human_task_claimed on human_task (claimed_by, status);
create index human_task_applicant_code on human_task (applicant_code);
