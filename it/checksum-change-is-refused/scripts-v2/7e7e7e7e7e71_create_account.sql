-- Revision ID: 7e7e7e7e7e71
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create account

-- migrate:upgrade
CREATE TABLE account (id INTEGER PRIMARY KEY, login TEXT NOT NULL, active INTEGER);

-- migrate:downgrade
DROP TABLE account;
