-- Issue #16: "an administrator may set another date, never earlier than the contract end unless the project is
-- marked cancelled". The mark belongs to the erasure schedule (who may erase when), so it lives on the project's
-- erasure_job row; set by an administrator with PUT /api/v1/projects/{id}/erasure {"cancelled": true}.
alter table erasure_job add column contract_cancelled boolean default false not null;
