-- Revision ID: 2e2e2e2e2e21
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create city

-- migrate:upgrade
CREATE TABLE city (id INTEGER PRIMARY KEY, name TEXT NOT NULL);

-- migrate:downgrade
DROP TABLE city;
