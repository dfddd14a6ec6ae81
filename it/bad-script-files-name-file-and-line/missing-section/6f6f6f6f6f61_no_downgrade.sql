-- Revision ID: 6f6f6f6f6f61
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: no downgrade

-- migrate:upgrade
CREATE TABLE a (id INTEGER);
