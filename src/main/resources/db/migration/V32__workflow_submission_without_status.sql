-- Issue #19: the proposal keeps the one status (proposal_proposal.status); the submission's copy goes.
drop index workflow_submission_project;
alter table workflow_submission drop column status;
create index workflow_submission_project on workflow_submission (project_id);
