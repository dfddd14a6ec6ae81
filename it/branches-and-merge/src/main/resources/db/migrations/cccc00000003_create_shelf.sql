-- Revision ID: cccc00000003
-- Revises: aaaa00000001
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create shelf

-- migrate:upgrade
CREATE TABLE shelf (id INTEGER PRIMARY KEY, label TEXT);

-- migrate:downgrade
DROP TABLE shelf;
