package jp.kyoyu.workflow;

import java.time.Instant;
import java.time.LocalDate;

import jp.kyoyu.proposal.Importance;

/**
 * What an approval list sorts by, without the rest of a submission (its route, its fields' snapshot): a list across
 * all of a supervisor's projects orders tens of thousands of these and loads whole submissions only for its page.
 */
record SubmissionKeys(long proposalId, long projectId, Instant submittedAt, LocalDate requestedAnswerOn, LocalDate receivedOn,
		LocalDate plannedAnswerOn, LocalDate interimAnswerOn, LocalDate finalAnswerOn, String titleSnapshot,
		Importance importance) {
}
