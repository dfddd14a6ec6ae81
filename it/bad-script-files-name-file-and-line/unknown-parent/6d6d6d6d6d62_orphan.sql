-- Revision ID: 6d6d6d6d6d62
-- Revises: 0123456789ab
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: orphan

-- migrate:upgrade
CREATE TABLE b (id INTEGER);

-- migrate:downgrade
DROP TABLE b;
