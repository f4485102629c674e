-- Sign-in hardening and privacy between providers. Portable SQL for H2 2.x and PostgreSQL.

-- A password reset raises the version; sessions remember the version they signed in with and
-- end when it changes. The old lock columns are no longer written (the back-off is in memory).
alter table person add column credential_version integer default 0 not null;
alter table person alter column failed_logins set default 0;

-- The name a provider entered for a learner, an instructor or an administrator. A provider sees
-- this, never the account's own name (which another provider, or the person, may have chosen).
alter table enrollment add column name varchar(200);
-- Staff rows map person id to name in the entities, which cannot hold null: '' is "none entered".
alter table cohort_instructor add column name varchar(200) default '' not null;
alter table provider_admin add column name varchar(200) default '' not null;

-- Existing rows: the account's name where this provider is the only one that knows the person
-- (it entered the name, or the person joined with a code); otherwise the provider enters it again.
create table v5_person_provider (person_id varchar(36) not null, provider_id varchar(36) not null);
insert into v5_person_provider (person_id, provider_id)
    select e.person_id, c.provider_id from enrollment e join cohort c on c.id = e.cohort_id
    union select i.person_id, c.provider_id from cohort_instructor i join cohort c on c.id = i.cohort_id
    union select a.person_id, a.provider_id from provider_admin a;

update enrollment set name = (select p.name from person p where p.id = enrollment.person_id)
where not exists (select 1 from v5_person_provider pp join cohort c on c.id = enrollment.cohort_id
                  where pp.person_id = enrollment.person_id and pp.provider_id <> c.provider_id);
update cohort_instructor set name = (select p.name from person p where p.id = cohort_instructor.person_id)
where not exists (select 1 from v5_person_provider pp join cohort c on c.id = cohort_instructor.cohort_id
                  where pp.person_id = cohort_instructor.person_id and pp.provider_id <> c.provider_id);
update provider_admin set name = (select p.name from person p where p.id = provider_admin.person_id)
where not exists (select 1 from v5_person_provider pp
                  where pp.person_id = provider_admin.person_id and pp.provider_id <> provider_admin.provider_id);

drop table v5_person_provider;
