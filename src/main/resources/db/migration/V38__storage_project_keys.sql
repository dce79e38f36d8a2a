-- File contents encrypted per project (issue #16, "irrecoverable, including backups"; docs/modules/storage.md).
-- One data key per project, stored only wrapped by the master key, which is configured outside the database
-- (kyoyu.storage.master-key / master-key-file). Erasing the project deletes its row: every copy of the project's
-- objects, in any backup, cannot be decrypted from then on. No foreign key on purpose: the project row goes first.
create table storage_key (
    project_id     bigint        primary key,
    -- base64 of the Tink keyset (AES256_GCM_HKDF_1MB streaming AEAD) encrypted with the master key
    wrapped_keyset varchar(4000) not null,
    created_at     timestamp with time zone not null
);

-- Which project's key encrypts the file (objects/p<project>/..); null only on rows from before this version,
-- until V39 fills it in. encrypted = false: a plaintext object from before, waiting for the storage migration.
alter table storage_file add column project_id bigint;
alter table storage_file add column encrypted boolean default false not null;
create index storage_file_project on storage_file (project_id, sha256);
create index storage_file_unencrypted on storage_file (encrypted, id);
