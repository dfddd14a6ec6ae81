-- Revision ID: aaaa00000001
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create author

-- migrate:upgrade
CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT NOT NULL);

-- migrate:downgrade
DROP TABLE author;
