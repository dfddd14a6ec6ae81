-- Revision ID: 4f1a7c2e9b30
-- Revises:
-- Create Date: 2026-12-06 00:00:29 UTC
-- Message: create book

-- migrate:upgrade
create table book (id bigint not null auto_increment, title varchar(200) not null, isbn varchar(17) not null, published_on date, primary key (id), constraint uk_book_isbn unique (isbn));

-- migrate:downgrade
drop table book;
