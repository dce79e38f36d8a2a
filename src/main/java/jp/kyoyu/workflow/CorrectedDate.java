package jp.kyoyu.workflow;

import jp.kyoyu.shared.Wording;

/** The dates that may be corrected after approval (C4.17). */
public enum CorrectedDate {
	PROPOSED_ON, RECEIVED_ON, COMPLETED_ON;

	/** Always Japanese: the label goes into the audit trail ({@link ApprovalDateCorrected}). */
	public String label() {
		return Wording.japanese("workflow.correctedDate." + name());
	}
}
