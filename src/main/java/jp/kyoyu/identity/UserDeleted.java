package jp.kyoyu.identity;

import jp.kyoyu.shared.AuditableEvent;

/** A user account was deleted. */
public record UserDeleted(String userId) implements AuditableEvent {

	@Override
	public String action() {
		return "user.deleted";
	}

	@Override
	public String target() {
		return userId;
	}

	@Override
	public String detail() {
		return "";
	}
}
