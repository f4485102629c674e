-- Reading progress: when a learner read a unit's lesson, per cohort. Keyed by the unit key, so it
-- reads the same across course versions (as quiz settings do). Portable SQL for H2 2.x and PostgreSQL.
create table lesson_read (
    id varchar(36) primary key,
    person_id varchar(36) not null references person (id),
    cohort_id varchar(36) not null references cohort (id),
    unit_key varchar(100) not null,
    read_at timestamp not null,
    constraint lesson_read_once unique (person_id, cohort_id, unit_key)
);
