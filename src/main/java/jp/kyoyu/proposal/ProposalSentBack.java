package jp.kyoyu.proposal;

/**
 * A proposal was sent back (差戻し) to its proposer, who may edit and resubmit it. Not an
 * {@code AuditableEvent}: the approval record's own entry ({@code ApprovalStepRecorded}) is the audit entry of
 * the step, and one step keeps one entry.
 */
public record ProposalSentBack(long proposalId, long projectId, String typeKey, String title) {
}
