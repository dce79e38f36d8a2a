package jp.kyoyu.proposal;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by the workflow module, which owns the approval dates: this module shows them with the proposal
 * without depending on the workflow (like {@code ProjectContents} for projects).
 */
public interface ReviewProgress {

	/** The dates and post-review flag of a submitted proposal; {@link Dates#NONE} for one never submitted. */
	Dates of(long proposalId);

	/**
	 * The approval record in the order it happened, for the stamp columns of the printed form (issue #22); empty for
	 * a proposal never submitted. A default, so an implementation that keeps no record still compiles.
	 */
	default List<ApprovalStep> record(long proposalId) {
		return List.of();
	}

	/**
	 * @param requestedAnswerDate 回答希望日 chosen by the proposer
	 * @param receiptDate 受付日 (C4.17: the seed's word), set when the first approver acts
	 * @param plannedAnswerDate 回答予定日, set by that approver
	 * @param answerDate 回答日 (final answer; the completion when the route ends)
	 */
	record Dates(boolean postReviewPending, LocalDate requestedAnswerDate, LocalDate receiptDate,
			LocalDate plannedAnswerDate, LocalDate interimAnswerDate, LocalDate answerDate, LocalDate completedOn) {

		public static final Dates NONE = new Dates(false, null, null, null, null, null, null);
	}
}
