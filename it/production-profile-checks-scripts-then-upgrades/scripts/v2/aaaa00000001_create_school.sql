-- Revision ID: aaaa00000001
-- Revises:
-- Create Date: 2025-01-01 00:00:00 UTC
-- Message: create school

-- migrate:upgrade
create table Course (id integer not null, title varchar(80) not null, primary key (id));
create table Student (id integer not null, name varchar(100) not null, primary key (id));

-- migrate:downgrade
drop table Student;
drop table Course;
