package jp.kyoyu.identity;

import jp.kyoyu.shared.AuditableEvent;

/** A personal API token was made for {@code userId} (by the user or an administrator); never carries the secret. */
public record ApiTokenCreated(String userId, String detail) implements AuditableEvent {

	@Override
	public String action() {
		return "api-token.created";
	}

	@Override
	public String target() {
		return userId;
	}
}
