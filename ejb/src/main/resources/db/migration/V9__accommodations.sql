-- Per-learner accommodations (quiz settings for one learner of one quiz in one cohort) and their
-- change log, and the audit of re-grades after a key correction. Portable SQL for H2 2.x and PostgreSQL.

-- One learner's accommodation at a unit's quiz in a cohort; keyed by unit key like
-- quiz_settings_override, so it reads the same across course versions. Owned by the quiz feature.
create table quiz_accommodation (
    cohort_id       varchar(36)  not null references cohort (id),
    unit_key        varchar(40)  not null,
    person_id       varchar(36)  not null references person (id),
    extra_attempts  integer      not null,  -- added to a limited number of attempts
    extra_minutes   integer      not null,  -- added to a time limit (after the multiplier)
    time_multiplier double precision not null,  -- 1 = the cohort's limit
    closes_at       timestamp,              -- a later close date for this learner; null = the cohort's
    reason          varchar(1000) not null,
    updated_by      varchar(36)  not null references person (id),
    updated_at      timestamp    not null,
    primary key (cohort_id, unit_key, person_id)
);

-- Every setting and removal of an accommodation, append-only.
create table quiz_accommodation_change (
    id          varchar(36)   primary key,
    cohort_id   varchar(36)   not null references cohort (id),
    unit_key    varchar(40)   not null,
    person_id   varchar(36)   not null references person (id),
    action      varchar(10)   not null,  -- SET, REMOVED
    detail      varchar(1000) not null,  -- the accommodation as set, or what was removed
    reason      varchar(1000) not null,
    changed_by  varchar(36)   not null references person (id),
    changed_at  timestamp     not null
);
create index ix_quiz_accommodation_change on quiz_accommodation_change (cohort_id, unit_key, person_id);

-- One attempt's score changed by a re-grade after a key correction (who, when, old, new, why);
-- append-only. Owned by the quiz engine (attempt).
create table attempt_regrade (
    id                varchar(36)   primary key,
    attempt_id        varchar(36)   not null references attempt (id),
    item_key          varchar(60)   not null,
    corrected_quiz_id varchar(36)   not null references quiz (id),
    old_credit        double precision,
    new_credit        double precision,
    old_score         double precision not null,
    new_score         double precision not null,
    max_score         double precision not null,
    reason            varchar(1000) not null,
    changed_by        varchar(36)   not null references person (id),
    changed_at        timestamp     not null
);
create index ix_attempt_regrade_attempt on attempt_regrade (attempt_id);
