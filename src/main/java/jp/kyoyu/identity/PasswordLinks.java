package jp.kyoyu.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import jp.kyoyu.shared.InvalidInputException;

/**
 * Issues and redeems one-time password links (X2): 256 random bits, URL-safe; only their SHA-256 is stored
 * (a plain hash suffices for a random secret of that size, unlike a password); valid 24 hours, once.
 */
@Component
class PasswordLinks {

	static final Duration VALIDITY = Duration.ofHours(24);

	static final String PATH = "/password/set?token=";

	private final SecureRandom random = new SecureRandom();

	private final PasswordLinkRepository links;

	private final Clock clock;

	private final IdentityTexts texts;

	PasswordLinks(PasswordLinkRepository links, Clock clock, IdentityTexts texts) {
		this.links = links;
		this.clock = clock;
		this.texts = texts;
	}

	/** A token just issued (kept nowhere but in the mail) and until when it works. */
	record Issued(String token, Instant validUntil) {

		String path() {
			return PATH + token;
		}
	}

	/** A new link for the user, replacing any unused one. */
	Issued issue(String userId, PasswordLink.Purpose purpose) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		links.deleteUnusedOf(userId);
		links.save(new PasswordLink(hash(token), userId, purpose, now, now.plus(VALIDITY)));
		return new Issued(token, now.plus(VALIDITY));
	}

	/** The user the link is for, or a Japanese refusal saying why it cannot be used. */
	String holder(String token) {
		PasswordLink link = token == null || token.isBlank() || token.length() > 100 ? null
				: links.findById(hash(token)).orElse(null);
		if (link == null) {
			throw refused("password.link.invalid");
		}
		if (link.used()) {
			throw refused("password.link.used");
		}
		if (link.expiredAt(clock.instant())) {
			throw new InvalidInputException("token", texts.get("password.link.expired", VALIDITY.toHours()));
		}
		return link.userId();
	}

	/** Uses the link up; throws when another request used it first. */
	void use(String token) {
		if (links.use(hash(token), clock.instant()) != 1) {
			throw refused("password.link.usedMeanwhile");
		}
	}

	void forget(String userId) {
		links.deleteByUserId(userId);
	}

	private InvalidInputException refused(String messageKey) {
		return new InvalidInputException("token", texts.get(messageKey));
	}

	private static String hash(String token) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("The JDK lacks SHA-256", e);
		}
	}
}
