-- Revision ID: 9f8e7d6c5b4a
-- Revises: 1a2b3c4d5e6f
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: add email

-- migrate:upgrade
ALTER TABLE person ADD COLUMN email TEXT;

-- migrate:downgrade
ALTER TABLE person DROP COLUMN email;
