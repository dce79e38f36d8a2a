-- Erasure at the contract's end (issue #16, G-5, X12). A frozen project is read-only and hidden: every project
-- URL answers 404 while its data is being erased, so nobody sees a half-erased project that looks whole.
alter table project add column frozen boolean default false not null;

-- One row per project whose erasure was scheduled by hand or has started; it outlives the project and then holds
-- what the certificate says (the project row itself is erased). No foreign key on purpose: the project goes.
create table erasure_job (
    project_id         bigint        primary key,
    erasure_date       date,
    date_reason        varchar(1000),
    status             varchar(10)   not null,
    method             varchar(10),
    requested_by       varchar(64),
    run_reason         varchar(1000),
    lease_until        timestamp with time zone,
    project_name       varchar(200),
    period_start       date,
    period_end         date,
    former_members     varchar(8000),
    done_steps         varchar(1000),
    counts             varchar(4000),
    files_count        bigint,
    files_bytes        bigint,
    started_at         timestamp with time zone,
    erased_at          timestamp with time zone,
    certificate_sha256 varchar(64)
);

-- Work in progress of a running erasure, written in the same transaction as the step that found it, so a crash
-- between steps loses nothing: files to release and audit targets to scrub. Emptied when the erasure ends.
create table erasure_item (
    project_id bigint       not null,
    kind       varchar(8)   not null,
    item       varchar(200) not null
);
create index erasure_item_project on erasure_item (project_id, kind);
