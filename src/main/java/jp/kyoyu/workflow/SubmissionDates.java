package jp.kyoyu.workflow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.proposal.ReviewProgress;

/** Lends the approval dates to the proposal module, which shows them with the document. */
@Component
class SubmissionDates implements ReviewProgress {

	private final SubmissionRepository submissions;

	SubmissionDates(SubmissionRepository submissions) {
		this.submissions = submissions;
	}

	@Override
	@Transactional(readOnly = true)
	public Dates of(long proposalId) {
		return submissions.findById(proposalId)
			.map(s -> new Dates(s.postReviewPending(), s.requestedAnswerOn(), s.receivedOn(), s.plannedAnswerOn(),
					s.interimAnswerOn(), s.finalAnswerOn(), s.completedOn()))
			.orElse(Dates.NONE);
	}
}
