package jp.kyoyu.identity;

import java.time.Instant;

/**
 * A one-time link to set a password, for the notice that delivers it: never a password. {@code path} starts
 * with a slash and carries the token; the sender puts the server's address in front.
 */
public record PasswordLinkMail(String userId, String name, String email, String path, Instant validUntil,
		boolean newAccount) {
}
