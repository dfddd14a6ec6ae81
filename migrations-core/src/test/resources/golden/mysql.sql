== add table (reserved word column)
-- warning RESERVED_WORD: 'classes.order' uses the reserved word 'order': it is quoted in this SQL; make the ORM quote it too (Hibernate: hibernate.auto_quote_keyword=true)
-- upgrade
create table classes (id bigint not null, `order` integer, primary key (id));
-- downgrade
drop table classes;

== add column
-- upgrade
alter table students add column phone varchar(20) after class_id;
-- downgrade
alter table students drop column phone;

== add not null column without default
-- warning NOT_NULL_WITHOUT_DEFAULT: column 'students.credits' is NOT NULL without a default: existing rows get 0; edit the script to set another value
-- upgrade
alter table students add column credits integer not null default 0 after class_id;
alter table students alter column credits drop default;
-- downgrade
alter table students drop column credits;

== alter column type
-- upgrade
alter table students modify column name varchar(200) not null;
-- downgrade
alter table students modify column name varchar(100) not null;

== alter column nullability
-- warning NOT_NULL_ON_EXISTING: column 'students.level' becomes NOT NULL: the upgrade fails if a row holds null; update those rows first
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
-- upgrade
alter table students drop primary key, add primary key (id, name);
-- downgrade
alter table students drop primary key, add primary key (id);

== add unique constraint
-- upgrade
alter table students add constraint uk_students_name_level unique (name, level);
-- downgrade
alter table students drop index uk_students_name_level;

== add index
-- upgrade
create index ix_students_level on students (level desc, name);
-- downgrade
drop index ix_students_level on students;

== add foreign key
-- upgrade
alter table students add constraint fk_students_class_id foreign key (class_id) references classes (id) on delete set null;
-- downgrade
alter table students drop foreign key fk_students_class_id;

== add check
-- upgrade
alter table students add constraint ck_students_68e1e388 check (level between 0 and 5);
-- downgrade
alter table students drop constraint ck_students_68e1e388;

== add sequence
-- upgrade
create table `students_SEQ` (next_val bigint);
insert into `students_SEQ` (next_val) values (1);
-- downgrade
drop table `students_SEQ`;

== rebuild a referenced table
-- upgrade
alter table students modify column name varchar(200) not null;
-- downgrade
alter table students modify column name varchar(100) not null;

== add string enum column
-- upgrade
alter table students add column state enum('ENROLLED','GRADUATED') after class_id;
-- downgrade
alter table students drop column state;

== change enum values
-- upgrade
alter table students modify column state enum('DROPPED','ENROLLED','GRADUATED');
-- downgrade
alter table students modify column state enum('ENROLLED','GRADUATED');

== add not null enum column without default
-- warning NOT_NULL_WITHOUT_DEFAULT: column 'students.state' is NOT NULL without a default: existing rows get ''; edit the script to set another value
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
-- warning RESERVED_WORD: 'group' uses the reserved word 'group': it is quoted in this SQL; make the ORM quote it too (Hibernate: hibernate.auto_quote_keyword=true)
-- warning RESERVED_WORD: 'group.user' uses the reserved word 'user': it is quoted in this SQL; make the ORM quote it too (Hibernate: hibernate.auto_quote_keyword=true)
-- upgrade
create table `group` (id bigint not null auto_increment, `user` varchar(50), `firstName` varchar(50), token binary(16), primary key (id));
create index `ix_group_firstName` on `group` (`firstName`);
-- downgrade
drop table `group`;

