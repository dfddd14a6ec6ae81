-- Revision ID: 4d4d4d4d4d43
-- Revises: 4d4d4d4d4d42
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create fixture

-- migrate:upgrade
CREATE TABLE fixture (id INTEGER PRIMARY KEY, home_id INTEGER NOT NULL);
INSERT INTO no_such_table (id) VALUES (1);
CREATE TABLE never_created (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE never_created;
DROP TABLE fixture;
