package jp.kyoyu.board;

import jp.kyoyu.shared.AuditableEvent;

/** A user made a group of users to follow (C2.9). */
public record UserGroupCreated(long groupId, String name) implements AuditableEvent {

	@Override
	public String action() {
		return "board.group-created";
	}

	@Override
	public String target() {
		return "board-group:" + groupId;
	}

	@Override
	public String detail() {
		return "「" + name + "」";
	}
}
