-- Revision ID: bbbb00000002
-- Revises: aaaa00000001
-- Create Date: 2025-01-01 00:00:00 UTC
-- Message: add phone course and teacher

-- migrate:upgrade
create table Teacher (id integer not null, name varchar(255), primary key (id));
drop table if exists migrations_new_Student;
create table migrations_new_Student (id integer not null, name varchar(100) not null, phone varchar(30), course_id integer, primary key (id), foreign key (course_id) references Course (id));
insert into migrations_new_Student (id, name) select id, name from Student;
drop table Student;
PRAGMA legacy_alter_table = ON;
alter table migrations_new_Student rename to Student;
PRAGMA legacy_alter_table = OFF;
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;

-- migrate:downgrade
drop table if exists migrations_new_Student;
create table migrations_new_Student (id integer not null, name varchar(100) not null, primary key (id));
insert into migrations_new_Student (id, name) select id, name from Student;
drop table Student;
PRAGMA legacy_alter_table = ON;
alter table migrations_new_Student rename to Student;
PRAGMA legacy_alter_table = OFF;
drop table Teacher;
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;
