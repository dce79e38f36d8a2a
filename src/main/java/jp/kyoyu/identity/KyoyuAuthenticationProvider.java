package jp.kyoyu.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Checks a user id and password against Camunda's identity store, after the lockout and the enabled flag,
 * and turns the user's permissions into authorities. Used by the form login and HTTP Basic alike, so the
 * portal, the JSON API, the Camunda webapps and the engine REST API share one set of rules.
 */
@Component
class KyoyuAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	private final IdentityManagement identity;

	private final PasswordManagement passwords;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	private final Pbkdf2PasswordHasher hasher;

	private final IdentityTexts texts;

	private final LoginMetrics metrics;

	/** The time a lock ends, as users in Japan read it. */
	private final DateTimeFormatter lockEnd;

	/** A hash of a password nobody knows, made with the configured iterations, so checking it costs the same. */
	private final String unknownUserHash;

	KyoyuAuthenticationProvider(IdentityService identityService, IdentityManagement identity,
			PasswordManagement passwords, LoginThrottle throttle, ApplicationEventPublisher events, java.time.Clock clock,
			Pbkdf2PasswordHasher hasher, IdentityTexts texts, LoginMetrics metrics) {
		this.texts = texts;
		this.metrics = metrics;
		this.lockEnd = DateTimeFormatter.ofPattern(texts.get("login.lockedUntilPattern"))
			.withZone(ZoneId.of("Asia/Tokyo"));
		this.clock = clock;
		this.hasher = hasher;
		this.unknownUserHash = hasher.hash(java.util.UUID.randomUUID().toString());
		this.identityService = identityService;
		this.identity = identity;
		this.passwords = passwords;
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String userId = authentication.getName() == null ? "" : authentication.getName().strip();
		String password = String.valueOf(authentication.getCredentials());

		Optional<Instant> locked = throttle.lockedUntil(userId);
		if (locked.isPresent()) {
			events.publishEvent(new LoginFailed(userId, texts.get("login.failedReason.locked")));
			throw new LockedException(lockedMessage(locked.get()));
		}
		Optional<UserAccount> account = identity.find(userId);
		if (!passwordMatches(account, userId, password)) {
			LoginThrottle.Failure failure = throttle.failed(userId);
			events.publishEvent(new LoginFailed(userId,
					texts.get(failure.counted() ? "login.failedReason.wrong" : "login.failedReason.locked")));
			if (failure.lockedUntil().isPresent()) {
				if (failure.counted()) {
					metrics.lockedOut();
				}
				throw new LockedException(lockedMessage(failure.lockedUntil().get()));
			}
			throw new BadCredentialsException(
					texts.get("login.refused.wrong", throttle.maxFailures(), throttle.lockDuration().toMinutes()));
		}
		if (!account.get().enabled()) {
			events.publishEvent(new LoginFailed(userId, texts.get("login.failedReason.disabled")));
			throw new DisabledException(texts.get("login.refused.disabled"));
		}
		Optional<Instant> lockedMeanwhile = throttle.succeeded(userId);
		if (lockedMeanwhile.isPresent()) {
			events.publishEvent(new LoginFailed(userId, texts.get("login.failedReason.locked")));
			throw new LockedException(lockedMessage(lockedMeanwhile.get()));
		}
		events.publishEvent(new LoginSucceeded(userId));
		UserAccount user = account.get();
		java.util.List<org.springframework.security.core.GrantedAuthority> authorities = new java.util.ArrayList<>(
				PermissionManagement.authoritiesOf(user));
		if (passwords.passwordExpired(userId)) {
			authorities.add(PasswordExpiryFilter.EXPIRED);
		}
		return UsernamePasswordAuthenticationToken.authenticated(
				new KyoyuPrincipal(user.userId(), user.name(), user.side()), null, authorities);
	}

	/**
	 * An unknown id costs one PBKDF2 derivation too, against a hash of a random password: otherwise a wrong
	 * password answered in ~20 ms for an unknown id and ~250 ms for a known one, telling which ids exist.
	 */
	private boolean passwordMatches(Optional<UserAccount> account, String userId, String password) {
		if (account.isEmpty()) {
			hasher.matches(password, unknownUserHash);
			return false;
		}
		return identityService.checkPassword(userId, password);
	}

	private String lockedMessage(Instant until) {
		long minutes = Math.max(1, (until.getEpochSecond() - clock.instant().getEpochSecond() + 59) / 60);
		return texts.get("login.refused.locked", throttle.maxFailures(), minutes, lockEnd.format(until));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
