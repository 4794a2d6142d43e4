-- Produced badges (flow 2): one per badge-review case and round, so a retried produce-badge job
-- finds the badge it made. The printed fields are a snapshot: a later change to the person never
-- changes a badge already printed. The id is random and goes into the signed QR code.
create table produced_badge (
    id          varchar(32)  primary key,
    case_id     varchar(36)  not null,
    round_no    integer      not null,
    person_id   bigint       not null references badge_person (id),
    unit_id     bigint       not null references unit (id),
    name_zh     varchar(100) not null,
    name_en     varchar(100),
    unit_name   varchar(200) not null,
    badge_type  varchar(10)  not null,
    job_title   varchar(60),
    entry_from  date         not null,
    entry_to    date         not null,
    reused      boolean      not null default false,
    status      varchar(10)  not null,
    produced_at timestamp with time zone not null,
    voided_at   timestamp with time zone,
    constraint produced_badge_case_round unique (case_id, round_no),
    constraint produced_badge_status check (status in ('VALID', 'VOID')),
    constraint produced_badge_type check (badge_type in ('VISITOR', 'STAFF', 'VIP')),
    constraint produced_badge_entry check (entry_from <= entry_to)
);
create index produced_badge_person on produced_badge (person_id);
