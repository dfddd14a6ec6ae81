-- Revision ID: 4d4d4d4d4d41
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create note

-- migrate:upgrade
CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT);

-- migrate:downgrade
DROP TABLE note;
