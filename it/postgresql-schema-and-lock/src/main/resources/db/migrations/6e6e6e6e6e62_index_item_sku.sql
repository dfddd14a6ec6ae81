-- Revision ID: 6e6e6e6e6e62
-- Revises: 6e6e6e6e6e61
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: index item sku
-- PostgreSQL refuses CREATE INDEX CONCURRENTLY inside a transaction block:
-- migrate:no-transaction

-- migrate:upgrade
CREATE INDEX CONCURRENTLY ix_item_sku ON item (sku);

-- migrate:downgrade
DROP INDEX CONCURRENTLY ix_item_sku;
