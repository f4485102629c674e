-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.
-- Ids are UUID strings made by the application; long text is varchar(1000000) on both.

create table course (
    id                 varchar(36)  primary key,
    slug               varchar(100) not null unique,
    title              varchar(300) not null,
    current_version_id varchar(36)
);

-- One row per imported content version: a changed file gives a new version, old ones stay.
create table course_version (
    id           varchar(36)  primary key,
    course_id    varchar(36)  not null references course (id),
    number       integer      not null,
    content_hash varchar(64)  not null,
    title        varchar(300) not null,
    summary      varchar(4000),
    imported_at  timestamp    not null,
    constraint uq_course_version_number unique (course_id, number),
    constraint uq_course_version_hash unique (course_id, content_hash)
);

create table unit (
    id                varchar(36)  primary key,
    course_version_id varchar(36)  not null references course_version (id),
    unit_key          varchar(40)  not null,
    position          integer      not null,
    title             varchar(300) not null,
    summary           varchar(4000),
    lesson_markdown   varchar(1000000) not null,
    objectives_json   varchar(100000) not null,
    key_terms_json    varchar(100000) not null,
    constraint uq_unit_key unique (course_version_id, unit_key)
);

create table quiz (
    id                 varchar(36)  primary key,
    unit_id            varchar(36)  not null unique references unit (id),
    title              varchar(300) not null,
    draw_count         integer      not null,
    pass_mark_percent  integer      not null,
    time_limit_minutes integer,
    attempts_allowed   integer      not null
);

create table quiz_item (
    id         varchar(36)  primary key,
    quiz_id    varchar(36)  not null references quiz (id),
    item_key   varchar(60)  not null,
    position   integer      not null,
    item_type  varchar(30)  not null,
    concepts   varchar(300) not null,
    definition varchar(1000000) not null,
    constraint uq_quiz_item_key unique (quiz_id, item_key)
);

create table attempt (
    id           varchar(36)  primary key,
    quiz_id      varchar(36)  not null references quiz (id),
    person_id    varchar(36),
    seed         bigint       not null,
    state        varchar(20)  not null,
    item_keys    varchar(4000) not null,
    started_at   timestamp    not null,
    deadline     timestamp,
    submitted_at timestamp,
    score        double precision,
    max_score    double precision,
    row_version  bigint       not null
);
create index ix_attempt_quiz_person on attempt (quiz_id, person_id);

create table attempt_response (
    id         varchar(36)  primary key,
    attempt_id varchar(36)  not null references attempt (id),
    item_key   varchar(60)  not null,
    answer     varchar(100000) not null,
    revision   integer      not null,
    saved_at   timestamp    not null,
    constraint uq_attempt_response unique (attempt_id, item_key)
);
