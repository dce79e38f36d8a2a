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

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H時mm分")
		.withZone(ZoneId.of("Asia/Tokyo"));

	private final IdentityService identityService;

	private final IdentityManagement identity;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	private final Pbkdf2PasswordHasher hasher;

	/** A hash of a password nobody knows, made with the configured iterations, so checking it costs the same. */
	private final String unknownUserHash;

	KyoyuAuthenticationProvider(IdentityService identityService, IdentityManagement identity,
			LoginThrottle throttle, ApplicationEventPublisher events, java.time.Clock clock,
			Pbkdf2PasswordHasher hasher) {
		this.clock = clock;
		this.hasher = hasher;
		this.unknownUserHash = hasher.hash(java.util.UUID.randomUUID().toString());
		this.identityService = identityService;
		this.identity = identity;
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String userId = authentication.getName() == null ? "" : authentication.getName().strip();
		String password = String.valueOf(authentication.getCredentials());

		Optional<Instant> locked = throttle.lockedUntil(userId);
		if (locked.isPresent()) {
			events.publishEvent(new LoginFailed(userId, "ロック中"));
			throw new LockedException(lockedMessage(locked.get()));
		}
		Optional<UserAccount> account = identity.find(userId);
		if (!passwordMatches(account, userId, password)) {
			LoginThrottle.Failure failure = throttle.failed(userId);
			events.publishEvent(new LoginFailed(userId, failure.counted() ? "ユーザーIDまたはパスワードの誤り" : "ロック中"));
			if (failure.lockedUntil().isPresent()) {
				throw new LockedException(lockedMessage(failure.lockedUntil().get()));
			}
			throw new BadCredentialsException("ユーザーIDまたはパスワードが正しくありません。"
					+ throttle.maxFailures() + "回続けて誤るとアカウントが" + throttle.lockDuration().toMinutes()
					+ "分間ロックされます。");
		}
		if (!account.get().enabled()) {
			events.publishEvent(new LoginFailed(userId, "無効なアカウント"));
			throw new DisabledException("このアカウントは無効になっています。システム管理者に連絡してください。");
		}
		Optional<Instant> lockedMeanwhile = throttle.succeeded(userId);
		if (lockedMeanwhile.isPresent()) {
			events.publishEvent(new LoginFailed(userId, "ロック中"));
			throw new LockedException(lockedMessage(lockedMeanwhile.get()));
		}
		events.publishEvent(new LoginSucceeded(userId));
		UserAccount user = account.get();
		java.util.List<org.springframework.security.core.GrantedAuthority> authorities = new java.util.ArrayList<>(
				identity.authoritiesOf(user));
		if (identity.passwordExpired(userId)) {
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
		return "ログインに" + throttle.maxFailures() + "回続けて失敗したため、アカウントを一時的にロックしています。"
				+ "あと約" + minutes + "分（" + TIME.format(until) + "以降）で再びログインできます。"
				+ "急ぐ場合はシステム管理者にロックの解除を依頼してください。";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
