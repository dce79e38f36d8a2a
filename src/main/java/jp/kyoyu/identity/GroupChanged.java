package jp.kyoyu.identity;

import jp.kyoyu.shared.AuditableEvent;

/** A group was created, deleted or its members changed. */
public record GroupChanged(String groupId, String change) implements AuditableEvent {

	@Override
	public String action() {
		return "group.changed";
	}

	@Override
	public String target() {
		return "group:" + groupId;
	}

	@Override
	public String detail() {
		return change;
	}
}
