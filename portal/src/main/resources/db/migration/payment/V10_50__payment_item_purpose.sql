-- An item is owed for a purpose: the badge fee (BADGE, every item so far) or a paid upgrade of the
-- badge (UPGRADE, issue 10 point 4). A case owes at most one item per purpose, so request-payment
-- and an upgrade of the same case never collide. upgrade_to names the new badge type of an
-- UPGRADE item, for the order lines ("升级 VIP / Upgrade to VIP"). Plain SQL for PostgreSQL and H2.
alter table payment_item add column purpose varchar(10) default 'BADGE' not null;
alter table payment_item add column upgrade_to varchar(10);
alter table payment_item drop constraint uk_payment_item_case;
alter table payment_item add constraint uk_payment_item_case_purpose unique (case_id, purpose);
alter table payment_item add constraint payment_item_purpose check (purpose in ('BADGE', 'UPGRADE'));
