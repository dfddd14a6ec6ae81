-- Revision ID: 0b0b0b0b0b02
-- Revises: 0a0a0a0a0a01
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create orders

-- migrate:upgrade
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customer (id));

-- migrate:downgrade
DROP TABLE orders;
