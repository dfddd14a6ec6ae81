-- Revision ID: bbbb00000002
-- Revises: aaaa00000001
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create book

-- migrate:upgrade
CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT NOT NULL);

-- migrate:downgrade
DROP TABLE book;
