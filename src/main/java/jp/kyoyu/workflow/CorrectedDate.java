package jp.kyoyu.workflow;

import jp.kyoyu.shared.Wording;

/**
 * The dates that may be corrected after approval (C4.17). {@code COMPLETED_ON} corrects the final answer date with
 * it (both were one stamp before the approver could set the answer dates, C4.3); {@code FINAL_ANSWER_ON} corrects
 * the final answer date alone.
 */
public enum CorrectedDate {
	PROPOSED_ON, RECEIVED_ON, COMPLETED_ON, INTERIM_ANSWER_ON, FINAL_ANSWER_ON;

	/** The answer dates, which may not be before the submission date, as when the approver sets them. */
	public boolean isAnswerDate() {
		return this == INTERIM_ANSWER_ON || this == FINAL_ANSWER_ON;
	}

	/** Always Japanese: the label goes into the audit trail ({@link ApprovalDateCorrected}). */
	public String label() {
		return Wording.japanese("workflow.correctedDate." + name());
	}
}
