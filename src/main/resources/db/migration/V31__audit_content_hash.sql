-- The seal of entries sealed from now on covers a SHA-256 of the entry's content, kept in content_hash, instead
-- of the content itself, so the erasure at the contract's end can remove an entry's content (scrubbed) while the
-- chain stays checkable. Entries sealed earlier (content_hash null) keep the old seal and their content.
alter table audit_entry add column content_hash varchar(64);
alter table audit_entry add column scrubbed boolean default false not null;
