package jp.kyoyu.workflow;

import jp.kyoyu.shared.AuditableEvent;

/** A date of an approved proposal was corrected (C4.17). */
public record ApprovalDateCorrected(Correction correction) implements AuditableEvent {

	@Override
	public String action() {
		return "proposal.date-corrected";
	}

	@Override
	public String target() {
		return "proposal:" + correction.proposalId();
	}

	@Override
	public String detail() {
		return correction.field().label() + " " + correction.oldValue() + " → " + correction.newValue();
	}
}
