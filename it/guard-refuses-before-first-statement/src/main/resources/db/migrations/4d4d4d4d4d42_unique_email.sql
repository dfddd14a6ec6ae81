-- Revision ID: 4d4d4d4d4d42
-- Revises: 4d4d4d4d4d41
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: unique email

-- migrate:upgrade-guards
-- guard: the unique index on person (email): addresses held by more than one person
SELECT email, count(*) AS copies FROM person WHERE email IS NOT NULL GROUP BY email HAVING count(*) > 1;
-- guard: email becomes required: people without one
SELECT id FROM person WHERE email IS NULL;

-- migrate:upgrade
CREATE TABLE person_audit (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL);
CREATE UNIQUE INDEX ux_person_email ON person (email);
CREATE TRIGGER person_email_required BEFORE INSERT ON person WHEN NEW.email IS NULL
BEGIN SELECT RAISE(ABORT, 'email is required'); END;

-- migrate:downgrade
DROP TRIGGER person_email_required;
DROP INDEX ux_person_email;
DROP TABLE person_audit;
