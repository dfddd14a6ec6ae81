-- Revision ID: 5b5b5b5b5b52
-- Revises: 5a5a5a5a5a51
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create price

-- migrate:upgrade
CREATE TABLE price (product_id INTEGER NOT NULL REFERENCES product (id), amount NUMERIC NOT NULL);

-- migrate:downgrade
DROP TABLE price;
