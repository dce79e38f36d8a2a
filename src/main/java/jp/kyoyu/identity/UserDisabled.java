package jp.kyoyu.identity;

import jp.kyoyu.shared.AuditableEvent;

/** An administrator disabled an account; its open sessions end at once. */
public record UserDisabled(String userId) implements AuditableEvent {

	@Override
	public String action() {
		return "user.disabled";
	}

	@Override
	public String target() {
		return userId;
	}
}
