-- Quiz engine: per-cohort quiz settings, attempt bookkeeping, per-item credit.
-- Portable SQL for H2 2.x and PostgreSQL.

-- A cohort's override of a unit's quiz settings; a null column keeps the content's default.
create table quiz_settings_override (
    cohort_id          varchar(36) not null references cohort (id),
    unit_key           varchar(40) not null,
    draw_count         integer,
    shuffle_items      boolean,
    shuffle_options    boolean,
    attempts_allowed   integer,      -- 0 = unlimited
    grading_method     varchar(10),  -- HIGHEST, AVERAGE, FIRST, LAST
    pass_mark_percent  integer,
    time_limit_minutes integer,      -- 0 = no limit
    opens_at           timestamp,
    closes_at          timestamp,
    review_score       varchar(20),  -- IMMEDIATELY, AFTER_CLOSE, NEVER
    review_correctness varchar(20),
    review_feedback    varchar(20),
    review_answers     varchar(20),
    updated_by         varchar(36)  not null references person (id),
    updated_at         timestamp    not null,
    primary key (cohort_id, unit_key)
);

-- The n-th attempt of a person at a quiz; numbers attempts made before this version in start order.
alter table attempt add column attempt_number integer;
update attempt set attempt_number = (
    select count(*) from attempt earlier
     where earlier.quiz_id = attempt.quiz_id
       and earlier.person_id = attempt.person_id
       and (earlier.started_at < attempt.started_at
            or (earlier.started_at = attempt.started_at and earlier.id <= attempt.id)));
alter table attempt alter column attempt_number set not null;
-- A second start racing the first cannot make two attempts with one number.
alter table attempt add constraint uq_attempt_number unique (quiz_id, person_id, attempt_number);

alter table attempt add column shuffle_options boolean default true not null;
alter table attempt add column auto_submitted boolean default false not null;
alter table attempt add constraint fk_attempt_cohort foreign key (cohort_id) references cohort (id);
-- The expiry sweep looks for open attempts by deadline.
create index ix_attempt_state_deadline on attempt (state, deadline);

-- Credit (0 to 1) given at submit, kept for review and item statistics.
alter table attempt_response add column credit double precision;
