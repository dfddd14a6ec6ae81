-- Revision ID: 3c3c3c3c3c33
-- Revises: 3c3c3c3c3c32
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create match

-- migrate:upgrade
CREATE TABLE fixture (id INTEGER PRIMARY KEY);
INSERT INTO no_such_table (id) VALUES (1);

-- migrate:downgrade
DROP TABLE fixture;
