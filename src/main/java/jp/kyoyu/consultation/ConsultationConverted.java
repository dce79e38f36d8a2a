package jp.kyoyu.consultation;

import jp.kyoyu.shared.AuditableEvent;

/** The matter became a decision-stage proposal. */
public record ConsultationConverted(long matterId, long proposalId, String type) implements AuditableEvent {

	@Override
	public String action() {
		return "consultation.converted";
	}

	@Override
	public String target() {
		return "consultation:" + matterId;
	}

	@Override
	public String detail() {
		return "proposal:" + proposalId + " " + type;
	}
}
