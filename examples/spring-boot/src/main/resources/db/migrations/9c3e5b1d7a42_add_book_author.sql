-- Revision ID: 9c3e5b1d7a42
-- Revises: 4f1a7c2e9b30
-- Create Date: 2026-12-06 00:00:44 UTC
-- Message: add book author

-- migrate:upgrade
alter table book add column author varchar(120);

-- migrate:downgrade
alter table book drop column author;
