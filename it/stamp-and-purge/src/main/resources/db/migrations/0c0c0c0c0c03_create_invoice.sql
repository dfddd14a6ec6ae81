-- Revision ID: 0c0c0c0c0c03
-- Revises: 0b0b0b0b0b02
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create invoice

-- migrate:upgrade
CREATE TABLE invoice (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE invoice;
