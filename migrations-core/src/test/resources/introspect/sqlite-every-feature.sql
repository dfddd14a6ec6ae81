create table parent (id integer primary key autoincrement, code varchar(20) not null unique, name VARCHAR(255) default 'draft', price numeric(38,2), amount DECIMAL(10,2) default 0.0, ts timestamp(6), tz timestamp with time zone, flag boolean not null default 1, data blob, body clob, uid uuid, f float(53), d double precision, r real, t tinyint, b bigint, c char(1), tm time, dt date, created timestamp default CURRENT_TIMESTAMP, n integer default (-1), odd geometry(4326), "weird col" text collate nocase)
;
create table "Order" ("select" bigint not null, "Line" int not null, parent_id integer, other_id integer, status varchar(255), level tinyint, qty int,
  constraint pk_order primary key ("select", "Line"),
  constraint uq_status_level unique (status, level),
  unique (qty),
  constraint fk_parent foreign key (parent_id) references parent (id) on delete cascade on update set null,
  foreign key (other_id) references parent,
  constraint ck_status check (status in ('DRAFT','PUBLISHED')),
  check (level between 0 and 2),
  check (qty >= 0 and qty <= 100),
  check (qty * 2 > "Line"))
;
create index ix_order_multi on "Order" (status desc, qty)
;
create unique index ux_order_other on "Order" (other_id)
;
create index ix_partial on "Order" (qty) where qty > 0
;
create table migrations_version (id varchar(12) primary key)
;
create table plain (k varchar(36) primary key, v text)

;
create table `misc` ( -- a comment with a , comma and a ( parenthesis
  id integer primary key, /* a rowid alias without AUTOINCREMENT */
  [kind] varchar(10) constraint ck_kind check ([kind] in ('a', 'b''c')) constraint uq_kind unique,
  parent integer constraint fk_misc_parent references parent(id) on delete restrict,
  note varchar(100) default ('n/a')
)
;
create index ix_expr on misc (lower(note))
;
create table kv (k integer primary key, v text) without rowid
