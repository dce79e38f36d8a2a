package jp.kyoyu.identity;

import jp.kyoyu.shared.AuditableEvent;

/**
 * A request with a Bearer token was refused (unknown, expired or revoked token, disabled holder); {@code userId} is
 * the holder when the token is known, else empty. Never carries the secret.
 */
public record ApiTokenRefused(String userId, String detail) implements AuditableEvent {

	@Override
	public String action() {
		return "api-token.refused";
	}

	@Override
	public String target() {
		return userId;
	}

	@Override
	public String actor() {
		return userId.isEmpty() ? "-" : userId;
	}

	@Override
	public boolean succeeded() {
		return false;
	}
}
