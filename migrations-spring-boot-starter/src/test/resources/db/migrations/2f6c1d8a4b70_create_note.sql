-- Revision ID: 2f6c1d8a4b70
-- Revises:
-- Create Date: 2026-12-05 23:49:54 UTC
-- Message: create note

-- migrate:upgrade
create table note (id integer not null, text varchar(200) not null, primary key (id));

-- migrate:downgrade
drop table note;
