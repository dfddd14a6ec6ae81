-- Revision ID: 4d4d4d4d4d41
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create team

-- migrate:upgrade
CREATE TABLE team (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);

-- migrate:downgrade
DROP TABLE team;
