package jp.kyoyu.consultation;

import jp.kyoyu.shared.AuditableEvent;

/** A comment was added to a matter's thread (S4.10). */
public record ConsultationCommented(long matterId, long commentId) implements AuditableEvent {

	@Override
	public String action() {
		return "consultation.commented";
	}

	@Override
	public String target() {
		return "consultation:" + matterId;
	}

	@Override
	public String detail() {
		return "comment:" + commentId;
	}
}
