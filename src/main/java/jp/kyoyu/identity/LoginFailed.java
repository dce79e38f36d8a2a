package jp.kyoyu.identity;

import jp.kyoyu.shared.AuditableEvent;

/** A login was refused: wrong password, unknown user, disabled or locked account. */
public record LoginFailed(String attemptedUserId, String reason) implements AuditableEvent {

	@Override
	public String action() {
		return "login.failed";
	}

	@Override
	public String target() {
		return attemptedUserId;
	}

	@Override
	public String detail() {
		return reason;
	}

	@Override
	public String actor() {
		return attemptedUserId;
	}

	@Override
	public boolean succeeded() {
		return false;
	}
}
