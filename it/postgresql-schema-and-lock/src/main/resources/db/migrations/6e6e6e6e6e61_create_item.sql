-- Revision ID: 6e6e6e6e6e61
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create item

-- migrate:upgrade
CREATE TABLE item (id BIGINT PRIMARY KEY, sku VARCHAR(40) NOT NULL, name TEXT);
INSERT INTO item (id, sku, name) VALUES (1, 'A-1', 'one'), (2, 'A-2', 'two');

-- migrate:downgrade
DROP TABLE item;
