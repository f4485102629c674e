-- People, tenants and enrollment. Portable SQL for H2 2.x and PostgreSQL.

create table person (
    id             varchar(36)  primary key,
    email          varchar(254) not null unique,   -- stored lower-case
    name           varchar(200) not null,
    external_id    varchar(200),
    password_hash  varchar(300),
    platform_admin boolean      not null,
    failed_logins  integer      not null,
    locked_until   timestamp,
    created_at     timestamp    not null
);

create table provider (
    id              varchar(36)  primary key,
    slug            varchar(80)  not null unique,
    name            varchar(200) not null,
    logo_url        varchar(1000),
    primary_color   varchar(7),
    accent_color    varchar(7),
    signatory_name  varchar(200),
    signatory_title varchar(200),
    created_at      timestamp    not null
);

create table provider_admin (
    provider_id varchar(36) not null references provider (id),
    person_id   varchar(36) not null references person (id),
    primary key (provider_id, person_id)
);

create table cohort (
    id                varchar(36)  primary key,
    provider_id       varchar(36)  not null references provider (id),
    name              varchar(200) not null,
    course_version_id varchar(36)  not null references course_version (id),
    starts_on         date,
    ends_on           date,
    created_at        timestamp    not null
);
create index ix_cohort_provider on cohort (provider_id);

create table cohort_instructor (
    cohort_id varchar(36) not null references cohort (id),
    person_id varchar(36) not null references person (id),
    primary key (cohort_id, person_id)
);

create table cohort_deadline (
    cohort_id varchar(36) not null references cohort (id),
    unit_key  varchar(40) not null,
    due_at    timestamp   not null,
    primary key (cohort_id, unit_key)
);

-- Withdrawing changes the status; the row and its history stay.
create table enrollment (
    id           varchar(36) primary key,
    cohort_id    varchar(36) not null references cohort (id),
    person_id    varchar(36) not null references person (id),
    status       varchar(20) not null,
    invited_at   timestamp,
    activated_at timestamp,
    completed_at timestamp,
    withdrawn_at timestamp,
    constraint uq_enrollment unique (cohort_id, person_id)
);
create index ix_enrollment_person on enrollment (person_id);

create table invite (
    id         varchar(36) primary key,
    cohort_id  varchar(36) not null references cohort (id),
    code       varchar(40) not null unique,
    seat_limit integer     not null,
    seats_used integer     not null,
    expires_at timestamp   not null,
    created_by varchar(36) not null references person (id),
    created_at timestamp   not null
);

create table api_token (
    id           varchar(36)  primary key,
    person_id    varchar(36)  not null references person (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    created_at   timestamp    not null,
    last_used_at timestamp,
    revoked_at   timestamp
);

create table password_reset (
    id         varchar(36) primary key,
    person_id  varchar(36) not null references person (id),
    token_hash varchar(64) not null unique,
    expires_at timestamp   not null,
    used_at    timestamp
);

alter table attempt add column cohort_id varchar(36);
create index ix_attempt_person on attempt (person_id);
