-- Revision ID: 0a0a0a0a0a01
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create customer

-- migrate:upgrade
CREATE TABLE customer (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE customer;
