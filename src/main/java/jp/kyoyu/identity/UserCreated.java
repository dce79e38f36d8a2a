package jp.kyoyu.identity;

import jp.kyoyu.shared.AuditableEvent;

/** A user account was registered. */
public record UserCreated(String userId, Side side) implements AuditableEvent {

	@Override
	public String action() {
		return "user.created";
	}

	@Override
	public String target() {
		return userId;
	}

	@Override
	public String detail() {
		return side == Side.AGENCY ? "発注者" : "受注者";
	}
}
