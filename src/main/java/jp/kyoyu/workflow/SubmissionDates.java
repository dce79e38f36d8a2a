package jp.kyoyu.workflow;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.proposal.ReviewProgress;

/** Lends the approval dates and record to the proposal module, which shows and prints them with the document. */
@Component
class SubmissionDates implements ReviewProgress {

	private final SubmissionRepository submissions;

	private final HistoryRepository history;

	SubmissionDates(SubmissionRepository submissions, HistoryRepository history) {
		this.submissions = submissions;
		this.history = history;
	}

	@Override
	@Transactional(readOnly = true)
	public Dates of(long proposalId) {
		return submissions.findById(proposalId)
			.map(s -> new Dates(s.postReviewPending(), s.requestedAnswerOn(), s.receivedOn(), s.plannedAnswerOn(),
					s.interimAnswerOn(), s.finalAnswerOn(), s.completedOn()))
			.orElse(Dates.NONE);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApprovalStep> record(long proposalId) {
		return history.of(proposalId).stream().map(HistoryEntry::step).toList();
	}
}
