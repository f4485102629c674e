-- Sign-in hardening and privacy between providers. Portable SQL for H2 2.x and PostgreSQL.

-- A password reset raises the version; sessions remember the version they signed in with and
-- end when it changes. The old lock columns are no longer written (the back-off is in memory).
alter table person add column credential_version integer default 0 not null;
alter table person alter column failed_logins set default 0;

-- The name a provider entered for a learner. A provider sees this, never the account's own name
-- (which another provider, or the person, may have chosen).
alter table enrollment add column name varchar(200);

-- Existing enrollments: the account's name where this provider is the only one that knows the
-- person (it entered the name, or the person joined with a code); otherwise the provider enters it again.
update enrollment set name = (select p.name from person p where p.id = enrollment.person_id)
where not exists (
    select 1 from enrollment other
    join cohort other_cohort on other_cohort.id = other.cohort_id
    join cohort this_cohort on this_cohort.id = enrollment.cohort_id
    where other.person_id = enrollment.person_id and other_cohort.provider_id <> this_cohort.provider_id);
