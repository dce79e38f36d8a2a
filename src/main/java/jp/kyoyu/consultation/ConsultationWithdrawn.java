package jp.kyoyu.consultation;

import jp.kyoyu.shared.AuditableEvent;

/** The registering side withdrew the matter. */
public record ConsultationWithdrawn(long matterId, long projectId) implements AuditableEvent {

	@Override
	public String action() {
		return "consultation.withdrawn";
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
