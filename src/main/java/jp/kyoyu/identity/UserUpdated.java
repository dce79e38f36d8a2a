package jp.kyoyu.identity;

import jp.kyoyu.shared.AuditableEvent;

/** A user's details or enabled state changed. */
public record UserUpdated(String userId, String changes) implements AuditableEvent {

	@Override
	public String action() {
		return "user.updated";
	}

	@Override
	public String target() {
		return userId;
	}

	@Override
	public String detail() {
		return changes;
	}
}
