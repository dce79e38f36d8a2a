-- Issue #21, second round (a prefecture's volume).
-- The calendars and the month overview ask for the single events that end at or after the range's start and start
-- before its end (ScheduleEventRepository.findSingles). A calendar's past grows every year while its future stays
-- short, so the scan is bounded by the end, not by the start (the index on (owner_id, start_at) read the whole
-- history before the range).
create index schedule_event_owner_end on schedule_event (owner_id, end_at);
-- The recurring series of the shown people (findSeries): few rows, found without reading the single events.
create index schedule_event_owner_rrule on schedule_event (owner_id, rrule);
-- The approval list's type choices: the distinct types of the projects' submitted proposals, from the index alone.
create index proposal_proposal_project_type on proposal_proposal (project_id, type_key, status);
