package jp.kyoyu.delivery;

import jp.kyoyu.shared.AuditableEvent;
import jp.kyoyu.shared.Wording;

/**
 * A deliverable the checker found invalid was produced anyway, because the requester gave a reason: the reason
 * and the number of problems go into the audit trail.
 */
public record DeliverableCheckOverridden(long exportId, long projectId, String requestedBy, String reason,
		int problemCount) implements AuditableEvent {

	@Override
	public String action() {
		return "export.check-overridden";
	}

	@Override
	public String target() {
		return "project:" + projectId;
	}

	@Override
	public String detail() {
		return Wording.japanese("delivery.audit.check-overridden", exportId, problemCount, reason);
	}

	@Override
	public String actor() {
		return requestedBy;
	}
}
