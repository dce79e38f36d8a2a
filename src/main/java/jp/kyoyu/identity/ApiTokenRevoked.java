package jp.kyoyu.identity;

import jp.kyoyu.shared.AuditableEvent;

/** A personal API token of {@code userId} was revoked by the user or an administrator. */
public record ApiTokenRevoked(String userId, String detail) implements AuditableEvent {

	@Override
	public String action() {
		return "api-token.revoked";
	}

	@Override
	public String target() {
		return userId;
	}
}
