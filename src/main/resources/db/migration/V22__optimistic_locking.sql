-- Optimistic locking (issue #15, X11): every record a user edits carries a version that JPA's @Version raises on
-- each change, so a stale edit is refused instead of silently overwriting a newer one. Existing rows start at 0.
alter table proposal_proposal add column version bigint default 0 not null;
alter table board_post add column version bigint default 0 not null;
alter table board_reply add column version bigint default 0 not null;
alter table document_entry add column version bigint default 0 not null;
alter table document_folder add column version bigint default 0 not null;
alter table schedule_event add column version bigint default 0 not null;
alter table project add column version bigint default 0 not null;
alter table masterdata_agency add column version bigint default 0 not null;
alter table masterdata_organisation add column version bigint default 0 not null;
alter table masterdata_job_title add column version bigint default 0 not null;
alter table masterdata_day_off add column version bigint default 0 not null;
alter table masterdata_mail_template add column version bigint default 0 not null;
