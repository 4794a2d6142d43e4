-- Notifications effectively once: an attempt whose outcome is unknown (its worker died during
-- the provider call, its job timed out) is reconciled with the provider before anything is
-- sent again. Plain SQL that PostgreSQL and H2 (PostgreSQL mode) both run.
--   attempt_started_at  when the latest attempt to send began: the provider is searched from then
--   claim_token         the attempt (or reconciliation) that owns the row now; null when none does
--   claimed_at          when it took the row: an owner older than the in-flight limit is gone
--   reconciled_at       when the provider's records showed the message accepted (RECONCILED)
--   note                how an unknown outcome was resolved (DeliveryNote), shown with the status
alter table notification_message add column attempt_started_at timestamp with time zone;
alter table notification_message add column claim_token varchar(80);
alter table notification_message add column claimed_at timestamp with time zone;
alter table notification_message add column reconciled_at timestamp with time zone;
alter table notification_message add column note varchar(40);

alter table notification_message drop constraint ck_notification_message_status;
alter table notification_message add constraint ck_notification_message_status
    check (status in ('PENDING', 'UNKNOWN', 'SENT', 'RECORDED', 'RECONCILED', 'FAILED'));
alter table notification_message add constraint ck_notification_message_note
    check (note is null or note in ('NOT_FOUND_SENT_AGAIN', 'RESENT_SAME_MESSAGE_ID', 'RECORDED_AGAIN'));

-- A message left PENDING by an earlier version began its attempt when it was last updated; its
-- owner is unknown, so it is treated as one more attempt whose outcome will be reconciled.
update notification_message set attempt_started_at = updated_at, claim_token = 'migrated', claimed_at = updated_at
    where status = 'PENDING';

-- Reconciliation skips provider ids that another message already holds.
create index ix_notification_message_provider_ref on notification_message (provider_ref);
