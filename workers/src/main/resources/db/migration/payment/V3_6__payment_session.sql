-- Sessions of the simulated payment gateway (module workers, package payment). One row per
-- session; the unique reference (the portal's order id and attempt) makes opening a session
-- again return the same one. Plain SQL that PostgreSQL and H2 (PostgreSQL mode) both run.
create table payment_session (
    session_id   varchar(36)              primary key,
    reference    varchar(64)              not null,
    amount       numeric(12, 2)           not null,
    description  varchar(300),
    return_url   varchar(300),
    status       varchar(10)              not null,
    created_at   timestamp with time zone not null,
    completed_at timestamp with time zone,
    constraint uk_payment_session_reference unique (reference),
    constraint payment_session_status check (status in ('OPEN', 'PAID', 'FAILED'))
);
