-- Several nodes (issue #18): the node running an export touches heartbeat_at every 30 seconds, so a job whose
-- node died is told from one another node is still running. Rows from before this column count from created_at.
alter table delivery_export add column heartbeat_at timestamp with time zone;
