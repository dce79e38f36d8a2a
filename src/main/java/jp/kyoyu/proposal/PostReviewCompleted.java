package jp.kyoyu.proposal;

import jp.kyoyu.shared.AuditableEvent;

/** The skipped approver did the post-review (後閲) of an approved proposal; {@code step} is its record entry. */
public record PostReviewCompleted(long proposalId, long projectId, ApprovalStep step) implements AuditableEvent {

	@Override
	public String action() {
		return "proposal.post-reviewed";
	}

	@Override
	public String target() {
		return "proposal:" + proposalId;
	}
}
