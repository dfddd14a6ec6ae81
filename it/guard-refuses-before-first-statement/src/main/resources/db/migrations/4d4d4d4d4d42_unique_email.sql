-- Revision ID: 4d4d4d4d4d42
-- Revises: 4d4d4d4d4d41
-- Create Date: 2026-01-01 00:00:00 UTC
-- Message: unique email

-- migrate:upgrade-guards
-- guard: the unique index on person (email): addresses held by more than one person
SELECT email, count(*) AS copies FROM person WHERE email IS NOT NULL GROUP BY email HAVING count(*) > 1;

-- migrate:upgrade
CREATE TABLE person_audit (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL);
CREATE UNIQUE INDEX ux_person_email ON person (email);

-- migrate:downgrade
DROP INDEX ux_person_email;
DROP TABLE person_audit;
