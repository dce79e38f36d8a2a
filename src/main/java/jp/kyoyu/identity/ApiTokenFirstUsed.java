package jp.kyoyu.identity;

import jp.kyoyu.shared.AuditableEvent;

/** A personal API token authenticated a request for the first time since it was made. */
public record ApiTokenFirstUsed(String userId, String detail) implements AuditableEvent {

	@Override
	public String action() {
		return "api-token.first-use";
	}

	@Override
	public String target() {
		return userId;
	}

	/** The token's holder made the call, whoever was logged in on the thread before. */
	@Override
	public String actor() {
		return userId;
	}
}
