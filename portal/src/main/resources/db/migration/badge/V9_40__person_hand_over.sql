-- How the badge is handed over (COURIER or PICK_UP), fixed when it is produced: a person whose
-- badge went out by courier is "shipped" (已寄出), not "delivered", and one waiting at the desk
-- is "ready for pick-up". Null until production (and for badges produced before this column).
alter table badge_person add column handed_over_by varchar(16);
