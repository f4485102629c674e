-- Manual grading and overrides (issue 11, items 2, 3, 9). Portable SQL for H2 2.x and PostgreSQL.

-- attempt (quiz engine): an item's credit set by staff is never recomputed (a re-grade keeps it).
alter table attempt_response add column credit_by_staff boolean default false not null;

-- grade: a learner's unit grade set by staff; it wins over the computed grade until it is removed
-- (the row is deleted; the audit keeps its history). Keyed by unit key, as quiz settings are.
create table grade_override (
    id varchar(36) primary key,
    person_id varchar(36) not null references person (id),
    cohort_id varchar(36) not null references cohort (id),
    unit_key varchar(100) not null,
    percent double precision not null,
    set_by varchar(36) not null references person (id),
    set_at timestamp not null,
    constraint grade_override_once unique (person_id, cohort_id, unit_key)
);

-- grade: the staff's comment to the learner on one attempt (the latest one counts).
create table attempt_comment (
    id varchar(36) primary key,
    attempt_id varchar(36) not null references attempt (id),
    comment_text varchar(4000) not null,
    set_by varchar(36) not null references person (id),
    set_at timestamp not null,
    constraint attempt_comment_once unique (attempt_id)
);

-- grade: the append-only audit of every manual change (never updated or deleted).
create table grade_audit (
    id varchar(36) primary key,
    cohort_id varchar(36) not null references cohort (id),
    person_id varchar(36) not null references person (id),
    kind varchar(20) not null,
    unit_key varchar(100),
    attempt_id varchar(36) references attempt (id),
    item_key varchar(200),
    old_value varchar(4000),
    new_value varchar(4000),
    reason varchar(1000) not null,
    actor_id varchar(36) not null references person (id),
    changed_at timestamp not null
);
create index grade_audit_learner on grade_audit (cohort_id, person_id, changed_at);
