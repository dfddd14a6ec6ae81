-- Development data: loaded once when the application starts in development mode (APP_DEBUG=true), never in
-- production. Portable SQL: the same file serves SQLite, PostgreSQL and MariaDB.
insert into book (title, isbn, author) values ('The Pragmatic Programmer', '978-0-13-595705-9', 'David Thomas');
insert into book (title, isbn, author) values ('Refactoring', '978-0-13-475759-9', 'Martin Fowler');
