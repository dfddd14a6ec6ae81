== add table (reserved word column)
-- warning RESERVED_WORD: 'classes.order' uses the reserved word 'order': it is quoted in this SQL; make the ORM quote it too (Hibernate: hibernate.auto_quote_keyword=true)
-- upgrade
create table classes (id bigint not null, "order" integer, primary key (id));
-- downgrade
drop table classes;

== add column
-- upgrade
alter table students add column phone varchar(20);
-- downgrade
alter table students drop column phone;

== add not null column without default
-- warning NOT_NULL_WITHOUT_DEFAULT: column 'students.credits' is NOT NULL without a default: existing rows get 0; edit the script to set another value
-- upgrade
alter table students add column credits integer default 0 not null;
alter table students alter column credits drop default;
-- downgrade
alter table students drop column credits;

== alter column type
-- upgrade
alter table students alter column name type varchar(200);
-- downgrade
alter table students alter column name type varchar(100);

== alter column nullability
-- warning NOT_NULL_ON_EXISTING: column 'students.level' becomes NOT NULL: the upgrade fails if a row holds null; update those rows first
-- upgrade
alter table students alter column level set not null;
-- downgrade
alter table students alter column level drop not null;

== alter column default
-- upgrade
alter table students alter column level set default 1;
-- downgrade
alter table students alter column level drop default;

== alter column comment
-- upgrade
comment on column students.level is 'year of study';
-- downgrade
comment on column students.level is null;

== change primary key
-- upgrade
alter table students drop constraint students_pkey;
alter table students add primary key (id, name);
-- downgrade
alter table students drop constraint students_pkey;
alter table students add primary key (id);

== add unique constraint
-- upgrade
alter table students add constraint uk_students_name_level unique (name, level);
-- downgrade
alter table students drop constraint uk_students_name_level;

== add index
-- upgrade
create index ix_students_level on students (level desc, name);
-- downgrade
drop index ix_students_level;

== add foreign key
-- upgrade
alter table students add constraint fk_students_class_id foreign key (class_id) references classes (id) on delete set null;
-- downgrade
alter table students drop constraint fk_students_class_id;

== add check
-- upgrade
alter table students add constraint ck_students_68e1e388 check (level between 0 and 5);
-- downgrade
alter table students drop constraint ck_students_68e1e388;

== add sequence
-- upgrade
create sequence students_SEQ start with 1 increment by 50;
-- downgrade
drop sequence students_SEQ;

== rebuild a referenced table
-- upgrade
alter table students alter column name type varchar(200);
-- downgrade
alter table students alter column name type varchar(100);

