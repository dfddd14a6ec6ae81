-- Revision ID: 6e6e6e6e6e61
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: second claim

-- migrate:upgrade
CREATE TABLE b (id INTEGER);

-- migrate:downgrade
DROP TABLE b;
