package jp.kyoyu.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.kyoyu.proposal.Importance;
import jp.kyoyu.proposal.ProposalStatus;

/**
 * The approval state of a submitted proposal: route with the index of the current step, the dates of C4.2,
 * C4.3 and C4.6, the latest answer (処理・回答) and whether a post-review (後閲) is still open.
 */
public record SubmissionView(long proposalId, long projectId, String proposerUserId, ProposalStatus status,
		Importance importance, String comment, List<RouteStep> route, int currentIndex,
		LocalDate requestedAnswerDate, LocalDate proposedOn, LocalDate receiptDate, LocalDate plannedAnswerDate,
		LocalDate interimAnswerDate, LocalDate answerDate, LocalDate completedOn, String answer,
		boolean postReviewPending, Instant submittedAt) {

	/** The step now waiting, or null when the route is done or the proposal is back with its proposer. */
	public RouteStep currentStep() {
		return status == ProposalStatus.IN_REVIEW && currentIndex < route.size() ? route.get(currentIndex) : null;
	}
}
