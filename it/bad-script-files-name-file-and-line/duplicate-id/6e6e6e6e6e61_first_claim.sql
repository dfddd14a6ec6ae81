-- Revision ID: 6e6e6e6e6e61
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: first claim

-- migrate:upgrade
CREATE TABLE a (id INTEGER);

-- migrate:downgrade
DROP TABLE a;
