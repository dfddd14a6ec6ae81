-- Revision ID: 9c9c9c9c9c91
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create vault

-- migrate:upgrade
CREATE TABLE vault (id INTEGER PRIMARY KEY, label VARCHAR(100));

-- migrate:downgrade
DROP TABLE vault;
