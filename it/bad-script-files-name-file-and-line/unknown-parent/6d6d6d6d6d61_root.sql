-- Revision ID: 6d6d6d6d6d61
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: root

-- migrate:upgrade
CREATE TABLE a (id INTEGER);

-- migrate:downgrade
DROP TABLE a;
