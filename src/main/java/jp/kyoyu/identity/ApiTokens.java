package jp.kyoyu.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.CleanText;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;

/**
 * Personal API tokens (issue #21): a script sends {@code Authorization: Bearer kyoyu_…} and acts as the token's
 * holder with the holder's current rights, without the PBKDF2 hash a password costs on every request. The secret
 * is 256 random bits, shown once when made; only its SHA-256 is stored (a plain hash is enough for a random secret
 * of that size, unlike a password). Made and revoked by the holder, or by an administrator for a service account.
 * docs/security/api-tokens.md.
 */
@Service
@Transactional
public class ApiTokens {

	/** What every secret starts with: secret scanners and people recognise a Kyoyu token in a leaked file. */
	public static final String PREFIX = "kyoyu_";

	/**
	 * The last use is written at most this often per token: writing it on every request would turn every read of a
	 * script into a write and a commit, and parallel requests with one token would queue on its row.
	 */
	static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private static final int MAX_NAME_LENGTH = 100;

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final IdentityManagement identity;

	private final ApiTokenSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final IdentityTexts texts;

	private final DateTimeFormatter dates;

	ApiTokens(ApiTokenRepository tokens, IdentityManagement identity, ApiTokenSettings settings,
			ApplicationEventPublisher events, Clock clock, IdentityTexts texts) {
		this.tokens = tokens;
		this.identity = identity;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.texts = texts;
		this.dates = DateTimeFormatter.ofPattern(texts.get("apiToken.datePattern")).withZone(ZoneId.of("Asia/Tokyo"));
	}

	/** A token just made: its secret is in this answer and nowhere else. */
	public record Issued(ApiTokenView token, String secret) {
	}

	/** The expiry offered when none is chosen, and the longest allowed, in days. */
	public record Validity(long defaultDays, long maxDays) {
	}

	public Validity validity() {
		return new Validity(settings.defaultDays(), settings.maxDays());
	}

	/** The tokens {@code userId} holds, newest first; a 404 in Japanese for an unknown user. */
	@Transactional(readOnly = true)
	public List<ApiTokenView> of(String userId) {
		identity.get(userId);
		Instant now = clock.instant();
		return tokens.findByUserIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(userId).stream()
			.map(token -> token.view(now))
			.toList();
	}

	/**
	 * Makes a token for {@code userId}, valid {@code validDays} (the default when null). Refused in Japanese: no
	 * name, a name too long or with control characters, a validity outside 1 … the maximum, a disabled holder.
	 */
	public Issued create(String userId, String name, Integer validDays, String actingUserId) {
		UserAccount holder = identity.get(userId);
		List<FieldProblem> problems = new ArrayList<>();
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			problems.add(new FieldProblem("name", texts.get("apiToken.problem.nameMissing")));
		}
		else if (trimmed.length() > MAX_NAME_LENGTH) {
			problems.add(new FieldProblem("name", texts.get("apiToken.problem.nameTooLong", MAX_NAME_LENGTH)));
		}
		else {
			CleanText.checkLine(problems, "name", texts.get("apiToken.label.name"), trimmed);
		}
		long days = validDays == null ? settings.defaultDays() : validDays;
		if (days < 1 || days > settings.maxDays()) {
			problems.add(new FieldProblem("validDays", texts.get("apiToken.problem.validity", settings.maxDays())));
		}
		if (!holder.enabled()) {
			problems.add(new FieldProblem("userId", texts.get("apiToken.problem.holderDisabled", userId)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		ApiToken token = tokens.save(new ApiToken(userId, trimmed, hash(secret), now, actingUserId,
				now.plus(Duration.ofDays(days))));
		events.publishEvent(new ApiTokenCreated(userId,
				texts.get("apiToken.audit.created", trimmed, dates.format(token.expiresAt()), actingUserId)));
		return new Issued(token.view(now), secret);
	}

	/** Revokes one of {@code userId}'s tokens; another user's token, or one already revoked, is a 404. */
	public void revoke(String userId, long tokenId, String actingUserId) {
		ApiToken token = tokens.findByIdAndUserIdAndRevokedAtIsNull(tokenId, userId)
			.orElseThrow(() -> new NotFoundException(texts.get("apiToken.notFound", tokenId)));
		token.revoke(clock.instant());
		events.publishEvent(new ApiTokenRevoked(userId, texts.get("apiToken.audit.revoked", token.name(), actingUserId)));
	}

	/** The holder's tokens go with the holder. */
	@EventListener
	void on(UserDeleted deleted) {
		tokens.deleteByUserId(deleted.userId());
	}

	/**
	 * The holder of a presented secret, checked now: unknown, revoked and expired tokens and disabled holders are
	 * refused (and audited) with a Japanese message. Records the use at most once a minute. One transaction, and
	 * the refusal's audit entry commits with it (no rollback for a refusal).
	 */
	@Transactional(noRollbackFor = RefusedToken.class)
	UserAccount authenticate(String secret) {
		ApiToken token = secret == null || !secret.startsWith(PREFIX) || secret.length() > 100 ? null
				: tokens.findByTokenHash(hash(secret)).orElse(null);
		if (token == null) {
			throw refused("", "apiToken.refused.unknown", "apiToken.audit.refused.unknown");
		}
		Instant now = clock.instant();
		if (token.revoked()) {
			throw refused(token.userId(), "apiToken.refused.revoked", "apiToken.audit.refused.revoked", token.name());
		}
		if (token.expiredAt(now)) {
			throw refused(token.userId(), "apiToken.refused.expired", "apiToken.audit.refused.expired", token.name(),
					dates.format(token.expiresAt()));
		}
		UserAccount holder = identity.find(token.userId()).orElse(null);
		if (holder == null || !holder.enabled()) {
			throw refused(token.userId(), "apiToken.refused.disabled", "apiToken.audit.refused.disabled",
					token.name());
		}
		if (token.lastUseStaleAt(now, LAST_USE_PRECISION)
				&& tokens.recordUse(token.id(), now, now.minus(LAST_USE_PRECISION)) == 1 && token.lastUsedAt() == null) {
			events.publishEvent(new ApiTokenFirstUsed(token.userId(), texts.get("apiToken.audit.firstUse", token.name())));
		}
		return holder;
	}

	private RefusedToken refused(String userId, String messageKey, String auditKey, Object... arguments) {
		events.publishEvent(new ApiTokenRefused(userId, texts.get(auditKey, arguments)));
		return new RefusedToken(texts.get(messageKey, arguments));
	}

	/** A refused token, with the Japanese message the 401 answer carries. */
	static final class RefusedToken extends RuntimeException {

		RefusedToken(String message) {
			super(message, null, false, false);
		}
	}

	private static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("The JDK lacks SHA-256", e);
		}
	}
}
