-- Revision ID: 61f148f1f14e
-- Revises:
-- Create Date: 2026-12-05 23:50:39 UTC
-- Message: create author and book

-- migrate:upgrade
create table author (id integer not null, name varchar(120) not null, primary key (id));
create table book (id integer not null, title varchar(200) not null, published integer, author_id bigint not null, primary key (id), foreign key (author_id) references author (id));

-- migrate:downgrade
drop table book;
drop table author;
