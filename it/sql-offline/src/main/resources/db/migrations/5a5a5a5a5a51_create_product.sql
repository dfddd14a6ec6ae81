-- Revision ID: 5a5a5a5a5a51
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create product

-- migrate:upgrade
CREATE TABLE product (id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE);

-- migrate:downgrade
DROP TABLE product;
