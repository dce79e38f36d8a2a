package jp.kyoyu.proposal;

/**
 * The skipped approver did the post-review (後閲) of an approved proposal; {@code step} is its record entry.
 * Not an audit event of its own: the workflow's {@code ApprovalStepRecorded} of the same step already writes
 * {@code proposal.post-reviewed} to the audit trail (with the deputy and the comment), and a second entry made
 * the post-review look as if it had happened twice.
 */
public record PostReviewCompleted(long proposalId, long projectId, ApprovalStep step) {
}
