package jp.kyoyu.identity;

import jp.kyoyu.shared.AuditableEvent;

/** A user logged in (form or HTTP Basic). */
public record LoginSucceeded(String userId) implements AuditableEvent {

	@Override
	public String action() {
		return "login.succeeded";
	}

	@Override
	public String target() {
		return userId;
	}

	@Override
	public String actor() {
		return userId;
	}
}
