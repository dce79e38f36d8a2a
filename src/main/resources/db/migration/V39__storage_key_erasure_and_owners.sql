-- Issue #16, the key step of an erasure: when the project's file key was destroyed, and the day the last backup
-- holding any of the project's data expires (erasure time + kyoyu.erasure.backup-retention). Both are printed on
-- the erasure certificate and are part of its hashed data. Null on erasures from before this version.
alter table erasure_job add column key_destroyed_at timestamp with time zone;
alter table erasure_job add column backups_expire_on date;

-- Files stored before V38 have no project: take it from the row that owns the file (one store = one row = one
-- owner). Each statement fills only what is still empty; a file no owner names (an unclaimed upload) gets the
-- system scope 0. Their plaintext objects are encrypted afterwards, while the system runs, by the storage
-- module's PlaintextMigration (storage_file.encrypted stays false until then).
update storage_file set project_id = (select max(p.project_id) from board_attachment a
    join board_post p on p.id = a.post_id where a.file_id = storage_file.id) where project_id is null;
update storage_file set project_id = (select max(p.project_id) from proposal_attachment a
    join proposal_proposal p on p.id = a.proposal_id where a.file_id = storage_file.id) where project_id is null;
update storage_file set project_id = (select max(d.project_id) from document_file f
    join document_entry d on d.id = f.document_id where f.file_id = storage_file.id) where project_id is null;
update storage_file set project_id = (select max(u.project_id) from document_upload u
    where u.file_id = storage_file.id) where project_id is null;
update storage_file set project_id = (select max(m.project_id) from consultation_file f
    join consultation_matter m on m.id = f.matter_id where f.file_id = storage_file.id) where project_id is null;
update storage_file set project_id = 0 where project_id is null;
