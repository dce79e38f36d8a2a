-- G-2: which kinds of sensitive number are refused (an administrator switches each; both on from the start).
create table privacy_check (
    kind       varchar(32) primary key,
    enabled    boolean     not null,
    changed_by varchar(64),
    changed_at timestamp
);
insert into privacy_check (kind, enabled) values ('MY_NUMBER', true);
insert into privacy_check (kind, enabled) values ('PAYMENT_CARD', true);
