package jp.kyoyu.proposal;

/**
 * A proposal was submitted (提出): the proposal goes on its route; the workflow starts the approval process for it. Not an
 * {@code AuditableEvent}: the approval record's own entry ({@code ApprovalStepRecorded}) is the audit entry of
 * the step, and one step keeps one entry.
 */
public record ProposalSubmitted(long proposalId, long projectId, String typeKey, String title) {
}
