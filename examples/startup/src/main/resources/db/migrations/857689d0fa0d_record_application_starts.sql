-- Revision ID: 857689d0fa0d
-- Revises: 61f148f1f14e
-- Create Date: 2026-12-05 23:51:11 UTC
-- Message: record application starts

-- migrate:upgrade
create table app_start (id integer not null, mode varchar(20) not null, started_at timestamp not null, primary key (id));

-- migrate:downgrade
drop table app_start;
