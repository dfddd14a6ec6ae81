== add table (reserved word column)
-- warning NM101 (upgrade): 'classes.order' uses the reserved word 'order': it is quoted in this SQL; make the ORM quote it too (Hibernate: hibernate.auto_quote_keyword=true)
-- warning DS101 (downgrade): table 'classes' is dropped with all its rows; the reverse step recreates it empty
-- upgrade
create table classes (id bigint not null, "order" integer, primary key (id));
-- downgrade
drop table classes;

== add column
-- warning DS102 (downgrade): column 'students.phone' is dropped with its values; the reverse step adds it back empty
-- upgrade
alter table students add column phone varchar(20);
-- downgrade
alter table students drop column phone;

== add not null column without default
-- warning DD101 (upgrade): column 'students.credits' is NOT NULL without a default: existing rows get 0; edit the script to set another value
-- warning DS102 (downgrade): column 'students.credits' is dropped with its values; the reverse step adds it back empty
-- upgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level integer, class_id bigint, credits integer not null, primary key (id));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id, credits) select id, name, level, class_id, 0 from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;
-- downgrade
alter table students drop column credits;

== alter column type
-- warning DD103 (downgrade): column 'students.name' narrows from varchar(200) to varchar(100): values that do not fit fail or are cut
-- upgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(200) not null, level integer, class_id bigint, primary key (id));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, cast(name as varchar(200)), level, class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;
-- downgrade guard: type changed of column 'students.name' from varchar(200) to varchar(100): values longer than 100 characters
select id, name from students where length(name) > 100;
-- downgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level integer, class_id bigint, primary key (id));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, cast(name as varchar(100)), level, class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;

== narrow integer column
-- warning DD103 (upgrade): column 'students.level' narrows from integer to smallint: values that do not fit fail or are cut
-- upgrade guard: type changed of column 'students.level' from integer to smallint: values outside -32768..32767
select id, level from students where level < -32768 or level > 32767;
-- upgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level smallint, class_id bigint, primary key (id));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, name, cast(level as smallint), class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;
-- downgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level integer, class_id bigint, primary key (id));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, name, cast(level as integer), class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;

== alter column nullability
-- warning DD102 (upgrade): column 'students.level' becomes NOT NULL: the step fails if a row holds null; update those rows first
-- upgrade guard: not null set on column 'students.level': rows that hold null
select id, level from students where level is null;
-- upgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level integer not null, class_id bigint, primary key (id));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, name, level, class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;
-- downgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level integer, class_id bigint, primary key (id));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, name, level, class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;

== alter column default
-- upgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level integer default 1, class_id bigint, primary key (id));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, name, level, class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;
-- downgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level integer, class_id bigint, primary key (id));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, name, level, class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;

== alter column comment
-- upgrade
-- downgrade

== change primary key
-- warning DS104 (upgrade): the primary key of 'students' (id) is dropped
-- warning DD104 (upgrade): a primary key on 'students' (id, name) is added: the step fails on duplicate or null values
-- warning DS104 (downgrade): the primary key of 'students' (id, name) is dropped
-- warning DD104 (downgrade): a primary key on 'students' (id) is added: the step fails on duplicate or null values
-- upgrade guard: added primary key [id, name] on 'students': rows with a null key column
select id, name from students where id is null or name is null;
-- upgrade guard: added primary key [id, name] on 'students': values held by more than one row
select id, name, count(*) as copies from students group by id, name having count(*) > 1;
-- upgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level integer, class_id bigint, primary key (id, name));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, name, level, class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;
-- downgrade guard: added primary key [id] on 'students': rows with a null key column
select id, name from students where id is null;
-- downgrade guard: added primary key [id] on 'students': values held by more than one row
select id, count(*) as copies from students group by id having count(*) > 1;
-- downgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level integer, class_id bigint, primary key (id));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, name, level, class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;

== add unique constraint
-- warning DD104 (upgrade): a unique constraint on 'students' (name, level) is added: the step fails on duplicates
-- warning DS103 (downgrade): unique constraint on 'students' (name, level) is dropped: duplicates become possible
-- upgrade guard: added unique constraint [name, level] on 'students': values held by more than one row
select name, level, count(*) as copies from students where name is not null and level is not null group by name, level having count(*) > 1;
-- upgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level integer, class_id bigint, primary key (id), unique (name, level));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, name, level, class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;
-- downgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level integer, class_id bigint, primary key (id));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, name, level, class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;

== add index
-- warning DS103 (downgrade): index 'ix_students_level' on 'students' (level, name) is dropped: queries that used it may slow down
-- upgrade
create index ix_students_level on students (level desc, name);
-- downgrade
drop index ix_students_level;

== add foreign key
-- warning DD106 (upgrade): a foreign key of 'students' (class_id) to 'classes' is added: the step fails on rows that point nowhere
-- warning DS104 (downgrade): foreign key of 'students' (class_id) to 'classes' is dropped: the database stops enforcing it
-- upgrade guard: added foreign key [class_id] -> classes[id] on delete set null on 'students': rows that point nowhere
select c.id, c.class_id from students c left join classes p on p.id = c.class_id where c.class_id is not null and p.id is null;
-- upgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level integer, class_id bigint, primary key (id), foreign key (class_id) references classes (id) on delete set null);
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, name, level, class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;
-- downgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level integer, class_id bigint, primary key (id));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, name, level, class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;

== add check
-- warning DD105 (upgrade): a check on 'students' is added or changed: the step fails on rows outside it
-- warning DS104 (downgrade): check on 'students' is dropped: the database stops enforcing it
-- upgrade guard: added check level between 0 and 5 on 'students': rows outside it
select id, level from students where not (level between 0 and 5);
-- upgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level integer, class_id bigint, primary key (id), check (level between 0 and 5));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, name, level, class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;
-- downgrade
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level integer, class_id bigint, primary key (id));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, name, level, class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;

== add sequence
-- warning DS101 (downgrade): table 'students_SEQ' is dropped with all its rows; the reverse step recreates it empty
-- upgrade
create table students_SEQ (next_val bigint);
insert into students_SEQ (next_val) values (1);
-- downgrade
drop table students_SEQ;

== rebuild a referenced table
-- warning DD103 (downgrade): column 'students.name' narrows from varchar(200) to varchar(100): values that do not fit fail or are cut
-- upgrade
PRAGMA foreign_keys = OFF;
-- Stop here, before any change, if foreign key enforcement is still on: dropping a table for a rebuild would run its ON DELETE actions
create temp table migrations_foreign_keys_off (foreign_keys integer check (foreign_keys = 0));
insert into migrations_foreign_keys_off select foreign_keys from pragma_foreign_keys;
drop table temp.migrations_foreign_keys_off;
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(200) not null, level integer, class_id bigint, primary key (id));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, cast(name as varchar(200)), level, class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;
PRAGMA foreign_keys = ON;
-- downgrade guard: type changed of column 'students.name' from varchar(200) to varchar(100): values longer than 100 characters
select id, name from students where length(name) > 100;
-- downgrade
PRAGMA foreign_keys = OFF;
-- Stop here, before any change, if foreign key enforcement is still on: dropping a table for a rebuild would run its ON DELETE actions
create temp table migrations_foreign_keys_off (foreign_keys integer check (foreign_keys = 0));
insert into migrations_foreign_keys_off select foreign_keys from pragma_foreign_keys;
drop table temp.migrations_foreign_keys_off;
-- Rebuild students (SQLite cannot make this change with ALTER TABLE), step 1 of 4: the new definition under a temporary name
drop table if exists migrations_new_students;
create table migrations_new_students (id integer not null, name varchar(100) not null, level integer, class_id bigint, primary key (id));
-- Rebuild students, step 2 of 4: copy the rows
insert into migrations_new_students (id, name, level, class_id) select id, cast(name as varchar(100)), level, class_id from students;
-- Rebuild students, step 3 of 4: drop the old table
drop table students;
-- Rebuild students, step 4 of 4: the new table takes the name, then the indexes
PRAGMA legacy_alter_table = ON;
alter table migrations_new_students rename to students;
PRAGMA legacy_alter_table = OFF;
-- Fail (and roll back) if any row now points at a row that does not exist
create temp table migrations_fk_check (violations integer check (violations = 0));
insert into migrations_fk_check select count(*) from pragma_foreign_key_check;
drop table temp.migrations_fk_check;
PRAGMA foreign_keys = ON;

