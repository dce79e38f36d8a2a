package jp.kyoyu.identity;

import java.time.Instant;

/**
 * A token as its holder (or an administrator) sees it in the list: never the secret, which is shown once when the
 * token is made ({@link ApiTokens.Issued}). {@code lastUsedAt} is exact to about a minute (written at most once a
 * minute per token).
 */
public record ApiTokenView(long id, String name, Instant createdAt, String createdBy, Instant expiresAt,
		Instant lastUsedAt, boolean expired) {
}
