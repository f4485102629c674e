-- The quiz engine's (attempt) log of every accepted save of an answer: which attempt and item,
-- the revision the save made, when, and the answer as saved (the same JSON attempt_response holds,
-- under the content's ids). Append-only: one insert per save, never updated or deleted; a resend
-- of the stored answer and an automatic submission write nothing. Staff read it in attempt review
-- (issue 11, item 2); learners never see it. Portable SQL for H2 2.x and PostgreSQL.
create table attempt_save (
    id         varchar(36)     primary key,
    attempt_id varchar(36)     not null references attempt (id),
    item_key   varchar(60)     not null,
    revision   integer         not null,
    answer     varchar(100000) not null,
    saved_at   timestamp       not null
);
create index ix_attempt_save_attempt on attempt_save (attempt_id);
