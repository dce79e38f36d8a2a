-- Tamper evidence for the audit trail (X3, X6): entries are sealed into a hash chain shortly after they are
-- written. Changing or deleting a sealed entry breaks the chain, and the check on /admin/audit says where.
alter table audit_entry add column seal_no bigint;
alter table audit_entry add column seal_hash varchar(64);
create unique index audit_entry_seal_no on audit_entry (seal_no);

-- One row: the end of the chain. Sealers lock it, so several nodes never seal the same entries twice.
create table audit_seal_head (
    id        int         primary key,
    last_no   bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_seal_head (id, last_no, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
