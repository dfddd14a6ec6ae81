-- Revision ID: 3c3c3c3c3c32
-- Revises: 3c3c3c3c3c31
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create player

-- migrate:upgrade
CREATE TABLE player (id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES team (id));

-- migrate:downgrade
DROP TABLE player;
