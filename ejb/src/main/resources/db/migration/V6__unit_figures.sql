-- The figures of a unit's lesson (from the unit's figures.yaml), kept as JSON with the unit row so
-- that a course version renders its lesson exactly as it was imported. Portable SQL for H2 2.x and
-- PostgreSQL. Units imported before have no figures.
alter table unit add column figures_json varchar(200000) default '[]' not null;
