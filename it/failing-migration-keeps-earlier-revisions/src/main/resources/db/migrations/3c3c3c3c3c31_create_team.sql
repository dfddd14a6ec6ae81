-- Revision ID: 3c3c3c3c3c31
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create team

-- migrate:upgrade
CREATE TABLE team (id INTEGER PRIMARY KEY, name TEXT NOT NULL);

-- migrate:downgrade
DROP TABLE team;
