-- Details of people, providers and enrollment that V2 left out. Portable SQL for H2 2.x and PostgreSQL.

-- The provider's own id for a learner (student number, HR id) belongs to the enrollment: the same
-- person can be enrolled by two providers with two different ids.
alter table enrollment add column external_id varchar(200);

-- Every change of an enrollment's status, so withdrawing and re-adding keep the whole history.
create table enrollment_event (
    id            varchar(36) primary key,
    enrollment_id varchar(36) not null references enrollment (id),
    status        varchar(20) not null,
    occurred_at   timestamp   not null,
    actor_id      varchar(36) references person (id),
    via           varchar(40) not null
);
create index ix_enrollment_event on enrollment_event (enrollment_id);

-- The caller's scope is looked up by person on every request.
create index ix_provider_admin_person on provider_admin (person_id);
create index ix_cohort_instructor_person on cohort_instructor (person_id);
create index ix_invite_cohort on invite (cohort_id);
