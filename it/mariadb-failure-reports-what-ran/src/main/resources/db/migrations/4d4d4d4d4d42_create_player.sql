-- Revision ID: 4d4d4d4d4d42
-- Revises: 4d4d4d4d4d41
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create player

-- migrate:upgrade
CREATE TABLE player (id INTEGER PRIMARY KEY, team_id INTEGER, FOREIGN KEY (team_id) REFERENCES team (id));

-- migrate:downgrade
DROP TABLE player;
