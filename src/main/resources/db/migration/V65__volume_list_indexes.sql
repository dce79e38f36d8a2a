-- Issue #21 (a prefecture's volume): the approval list across projects asks which of the projects' proposals are
-- in one status (ProposalManagement.idsWithStatus); with this index the database answers from the index alone
-- instead of reading every proposal row of the projects.
create index proposal_proposal_project_status on proposal_proposal (project_id, status, id);
