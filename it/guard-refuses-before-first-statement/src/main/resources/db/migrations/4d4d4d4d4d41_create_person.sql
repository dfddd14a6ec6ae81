-- Revision ID: 4d4d4d4d4d41
-- Revises:
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: create person

-- migrate:upgrade
CREATE TABLE person (id INTEGER PRIMARY KEY, email TEXT);
INSERT INTO person (id, email) VALUES (1, 'ann@example.com'), (2, 'bob@example.com'), (3, 'ann@example.com'), (4, NULL);

-- migrate:downgrade
DROP TABLE person;
