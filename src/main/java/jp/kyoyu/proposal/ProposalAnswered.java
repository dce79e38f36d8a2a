package jp.kyoyu.proposal;

/**
 * An approver gave a proposal its 処理・回答, now written into the document's answer part (C4.13). Not an
 * {@code AuditableEvent}: the approval record's own entry ({@code ApprovalStepRecorded}) is the audit entry of
 * the step, and one step keeps one entry.
 */
public record ProposalAnswered(long proposalId, long projectId, String typeKey, String title) {
}
