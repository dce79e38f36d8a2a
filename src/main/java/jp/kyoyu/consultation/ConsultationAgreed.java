package jp.kyoyu.consultation;

import jp.kyoyu.shared.AuditableEvent;

/** The answering side agreed to the matter. */
public record ConsultationAgreed(long matterId, long projectId) implements AuditableEvent {

	@Override
	public String action() {
		return "consultation.agreed";
	}

	@Override
	public String target() {
		return "consultation:" + matterId;
	}

	@Override
	public String detail() {
		return "project:" + projectId;
	}
}
