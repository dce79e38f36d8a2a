package jp.kyoyu.consultation;

import jp.kyoyu.shared.AuditableEvent;

/** Material of a pre-consultation matter was registered (S4.8). */
public record ConsultationRegistered(long matterId, long projectId, String title) implements AuditableEvent {

	@Override
	public String action() {
		return "consultation.registered";
	}

	@Override
	public String target() {
		return "consultation:" + matterId;
	}

	@Override
	public String detail() {
		return "project:" + projectId + " 「" + title + "」";
	}
}
