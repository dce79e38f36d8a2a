package jp.kyoyu.proposal;

import java.time.Instant;
import java.util.List;

import jp.kyoyu.shared.AuditableEvent;

/**
 * The last approver approved: the proposal is final and may be filed (C5.2). {@code record} is the whole
 * approval record up to now; {@code postReviewPending} says a 後閲 is still open (see
 * {@link PostReviewCompleted}).
 */
public record ProposalApproved(long proposalId, long projectId, String documentTypeKey, String title,
		Instant approvedAt, boolean postReviewPending, List<ApprovalStep> record) implements AuditableEvent {

	@Override
	public String action() {
		return "proposal.approved";
	}

	@Override
	public String target() {
		return "proposal:" + proposalId;
	}

	@Override
	public String detail() {
		return "project:" + projectId + " 「" + title + "」";
	}
}
