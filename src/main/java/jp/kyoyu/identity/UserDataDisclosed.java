package jp.kyoyu.identity;

import jp.kyoyu.shared.AuditableEvent;

/** An administrator exported what Kyoyu holds about a user (X13); the detail lists what was withheld and why. */
public record UserDataDisclosed(String userId, String withheld) implements AuditableEvent {

	@Override
	public String action() {
		return "user.disclosed";
	}

	@Override
	public String target() {
		return userId;
	}

	@Override
	public String detail() {
		return withheld;
	}
}
