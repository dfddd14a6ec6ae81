-- Revision ID: NOT-A-REVISION
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: broken id

-- migrate:upgrade
CREATE TABLE a (id INTEGER);

-- migrate:downgrade
DROP TABLE a;
