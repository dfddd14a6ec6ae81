-- Revision ID: 1e1e1e1e1e11
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create country

-- migrate:upgrade
CREATE TABLE country (code TEXT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE country;
