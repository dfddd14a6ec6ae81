-- Revision ID: 1a2b3c4d5e6f
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create person

-- migrate:upgrade
CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

-- migrate:downgrade
DROP TABLE person;
