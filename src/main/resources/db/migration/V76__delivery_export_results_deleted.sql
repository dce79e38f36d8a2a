-- The hourly housekeeping deletes a finished export's results once past kyoyu.delivery.keep and records it here, so
-- the next rounds no longer select the job (each used to list the bucket once per old job, every hour, for ever).
-- Rows from before this column are selected once more, their results deleted (or found gone) and marked.
alter table delivery_export add column results_deleted_at timestamp with time zone;
