-- Revision ID: 8a8a8a8a8a81
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: from the pom

-- migrate:upgrade
CREATE TABLE from_pom (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE from_pom;
