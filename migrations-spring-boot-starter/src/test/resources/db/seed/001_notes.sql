-- development data: loaded once by development mode, never in production
insert into note (text) values ('seeded in development');
