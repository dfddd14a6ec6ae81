-- Sample rows for a development database (APP_DEBUG=true). Development mode runs each seed script once, in name
-- order, in one transaction, and records it in migrations_seed; production never runs them.
-- No ids are written: the database assigns them, so the same script runs on SQLite, PostgreSQL and MariaDB.
INSERT INTO author (name) VALUES ('Ursula K. Le Guin');
INSERT INTO author (name) VALUES ('Frank Herbert');

INSERT INTO book (title, published, author_id)
SELECT 'A Wizard of Earthsea', 1968, id FROM author WHERE name = 'Ursula K. Le Guin';
INSERT INTO book (title, published, author_id)
SELECT 'The Left Hand of Darkness', 1969, id FROM author WHERE name = 'Ursula K. Le Guin';
INSERT INTO book (title, published, author_id)
SELECT 'Dune', 1965, id FROM author WHERE name = 'Frank Herbert';
