-- Revision ID: 8b8b8b8b8b81
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: from the command line

-- migrate:upgrade
CREATE TABLE from_cli (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE from_cli;
