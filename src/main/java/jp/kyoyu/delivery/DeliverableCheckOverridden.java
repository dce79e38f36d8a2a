package jp.kyoyu.delivery;

import jp.kyoyu.shared.AuditableEvent;

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
		return "電子成果品（出力 " + exportId + "）をチェックの指摘 " + problemCount + " 件のまま出力。理由：" + reason;
	}

	@Override
	public String actor() {
		return requestedBy;
	}
}
