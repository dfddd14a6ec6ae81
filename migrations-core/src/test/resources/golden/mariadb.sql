== add table (reserved word column)
-- warning NM101 (upgrade): 'classes.order' uses the reserved word 'order': it is quoted in this SQL; make the ORM quote it too (Hibernate: hibernate.auto_quote_keyword=true)
-- warning DS101 (downgrade): table 'classes' is dropped with all its rows; the reverse step recreates it empty
-- upgrade
create table classes (id bigint not null, `order` integer, primary key (id));
-- downgrade
drop table classes;

== add column
-- warning DS102 (downgrade): column 'students.phone' is dropped with its values; the reverse step adds it back empty
-- upgrade
alter table students add column phone varchar(20) after class_id;
-- downgrade
alter table students drop column phone;

== add not null column without default
-- warning DD101 (upgrade): column 'students.credits' is NOT NULL without a default: existing rows get 0; edit the script to set another value
-- warning DS102 (downgrade): column 'students.credits' is dropped with its values; the reverse step adds it back empty
-- upgrade
alter table students add column credits integer not null default 0 after class_id;
alter table students alter column credits drop default;
-- downgrade
alter table students drop column credits;

== alter column type
-- warning DD103 (downgrade): column 'students.name' narrows from varchar(200) to varchar(100): values that do not fit fail or are cut
-- upgrade
alter table students modify column name varchar(200) not null;
-- downgrade guard: type changed of column 'students.name' from varchar(200) to varchar(100): values longer than 100 characters
select id, name from students where char_length(name) > 100;
-- downgrade
alter table students modify column name varchar(100) not null;

== narrow integer column
-- warning DD103 (upgrade): column 'students.level' narrows from integer to smallint: values that do not fit fail or are cut
-- upgrade guard: type changed of column 'students.level' from integer to smallint: values outside -32768..32767
select id, level from students where level < -32768 or level > 32767;
-- upgrade
alter table students modify column level smallint;
-- downgrade
alter table students modify column level integer;

== alter column nullability
-- warning DD102 (upgrade): column 'students.level' becomes NOT NULL: the step fails if a row holds null; update those rows first
-- upgrade guard: not null set on column 'students.level': rows that hold null
select id, level from students where level is null;
-- upgrade
alter table students modify column level integer not null;
-- downgrade
alter table students modify column level integer;

== alter column default
-- upgrade
alter table students modify column level integer default 1;
-- downgrade
alter table students modify column level integer;

== alter column comment
-- upgrade
alter table students modify column level integer comment 'year of study';
-- downgrade
alter table students modify column level integer;

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
alter table students drop primary key, add primary key (id, name);
-- downgrade guard: added primary key [id] on 'students': rows with a null key column
select id, name from students where id is null;
-- downgrade guard: added primary key [id] on 'students': values held by more than one row
select id, count(*) as copies from students group by id having count(*) > 1;
-- downgrade
alter table students drop primary key, add primary key (id);

== add unique constraint
-- warning DD104 (upgrade): a unique constraint on 'students' (name, level) is added: the step fails on duplicates
-- warning DS103 (downgrade): unique constraint on 'students' (name, level) is dropped: duplicates become possible
-- upgrade guard: added unique constraint [name, level] on 'students': values held by more than one row
select name, level, count(*) as copies from students where name is not null and level is not null group by name, level having count(*) > 1;
-- upgrade
alter table students add constraint uk_students_name_level unique (name, level);
-- downgrade
alter table students drop index uk_students_name_level;

== add index
-- warning DS103 (downgrade): index 'ix_students_level' on 'students' (level, name) is dropped: queries that used it may slow down
-- upgrade
create index ix_students_level on students (level desc, name);
-- downgrade
drop index ix_students_level on students;

== add foreign key
-- warning DD106 (upgrade): a foreign key of 'students' (class_id) to 'classes' is added: the step fails on rows that point nowhere
-- warning DS104 (downgrade): foreign key of 'students' (class_id) to 'classes' is dropped: the database stops enforcing it
-- upgrade guard: added foreign key [class_id] -> classes[id] on delete set null on 'students': rows that point nowhere
select c.id, c.class_id from students c left join classes p on p.id = c.class_id where c.class_id is not null and p.id is null;
-- upgrade
alter table students add constraint fk_students_class_id foreign key (class_id) references classes (id) on delete set null;
-- downgrade
alter table students drop foreign key fk_students_class_id;
alter table students drop index if exists fk_students_class_id;

== add check
-- warning DD105 (upgrade): a check on 'students' is added or changed: the step fails on rows outside it
-- warning DS104 (downgrade): check on 'students' is dropped: the database stops enforcing it
-- upgrade guard: added check level between 0 and 5 on 'students': rows outside it
select id, level from students where not (level between 0 and 5);
-- upgrade
alter table students add constraint ck_students_68e1e388 check (level between 0 and 5);
-- downgrade
alter table students drop constraint ck_students_68e1e388;

== add sequence
-- warning DS105 (downgrade): sequence 'students_SEQ' is dropped; the reverse step starts it again at 1
-- upgrade
create sequence `students_SEQ` start with 1 increment by 50;
-- downgrade
drop sequence `students_SEQ`;

== rebuild a referenced table
-- warning DD103 (downgrade): column 'students.name' narrows from varchar(200) to varchar(100): values that do not fit fail or are cut
-- upgrade
alter table students modify column name varchar(200) not null;
-- downgrade guard: type changed of column 'students.name' from varchar(200) to varchar(100): values longer than 100 characters
select id, name from students where char_length(name) > 100;
-- downgrade
alter table students modify column name varchar(100) not null;

== add string enum column
-- warning DD105 (upgrade): a check on 'students' is added or changed: the step fails on rows outside it
-- warning DS104 (downgrade): check on 'students' is dropped: the database stops enforcing it
-- warning DS102 (downgrade): column 'students.state' is dropped with its values; the reverse step adds it back empty
-- upgrade
alter table students add column state enum('ENROLLED','GRADUATED') after class_id;
-- downgrade
alter table students drop column state;

== change enum values
-- warning DS104 (upgrade): check on 'students' is dropped: the database stops enforcing it
-- warning DD105 (upgrade): a check on 'students' is added or changed: the step fails on rows outside it
-- warning DS104 (downgrade): check on 'students' is dropped: the database stops enforcing it
-- warning DD105 (downgrade): a check on 'students' is added or changed: the step fails on rows outside it
-- upgrade guard: added check state in ('DROPPED','ENROLLED','GRADUATED') on 'students': rows outside it
select id, state from students where not (state in ('ENROLLED', 'GRADUATED', 'DROPPED'));
-- upgrade
alter table students modify column state enum('DROPPED','ENROLLED','GRADUATED');
-- downgrade guard: added check state in ('ENROLLED','GRADUATED') on 'students': rows outside it
select id, state from students where not (state in ('ENROLLED', 'GRADUATED'));
-- downgrade
alter table students modify column state enum('ENROLLED','GRADUATED');

== add not null enum column without default
-- warning DD101 (upgrade): column 'students.state' is NOT NULL without a default: existing rows get 'ENROLLED'; edit the script to set another value
-- warning DD105 (upgrade): a check on 'students' is added or changed: the step fails on rows outside it
-- warning DS104 (downgrade): check on 'students' is dropped: the database stops enforcing it
-- warning DS102 (downgrade): column 'students.state' is dropped with its values; the reverse step adds it back empty
-- upgrade
alter table students add column state enum('ENROLLED','GRADUATED') not null default 'ENROLLED' after class_id;
alter table students alter column state drop default;
-- downgrade
alter table students drop column state;

== comments with quotes and backslashes
-- upgrade
alter table students comment = 'it''s C:\\school';
alter table students modify column name varchar(100) not null comment 'a ''display'' name';
-- downgrade
alter table students comment = '';
alter table students modify column name varchar(100) not null;

== reserved and mixed-case names, uuid
-- warning NM101 (upgrade): 'group' uses the reserved word 'group': it is quoted in this SQL; make the ORM quote it too (Hibernate: hibernate.auto_quote_keyword=true)
-- warning NM101 (upgrade): 'group.user' uses the reserved word 'user': it is quoted in this SQL; make the ORM quote it too (Hibernate: hibernate.auto_quote_keyword=true)
-- warning DS101 (downgrade): table 'group' is dropped with all its rows; the reverse step recreates it empty
-- upgrade
create table `group` (id bigint not null auto_increment, `user` varchar(50), `firstName` varchar(50), token uuid, primary key (id));
create index `ix_group_firstName` on `group` (`firstName`);
-- downgrade
drop table `group`;

