package jp.kyoyu.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts consecutive failed logins per user id and locks the id for a while after too many (X2, C8.5).
 * Unknown ids are counted as well, so the answer does not tell which ids exist. Each method commits on its
 * own, because the login that calls it ends by throwing.
 */
@Component
class LoginThrottle {

	private final LoginAttemptsRepository attempts;

	private final SecuritySettings.Lockout settings;

	private final Clock clock;

	LoginThrottle(LoginAttemptsRepository attempts, SecuritySettings settings, Clock clock) {
		this.attempts = attempts;
		this.settings = settings.lockout();
		this.clock = clock;
	}

	/** Until when the id is locked, if it is locked now. */
	@Transactional(readOnly = true)
	Optional<Instant> lockedUntil(String userId) {
		Instant now = clock.instant();
		return attempts.findById(userId).filter(a -> a.isLockedAt(now)).map(LoginAttempts::lockedUntil);
	}

	/** Records a failure; answers the lock's end if this failure locked the id. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<Instant> failed(String userId) {
		Instant now = clock.instant();
		LoginAttempts entry = attempts.findById(userId).orElseGet(() -> new LoginAttempts(userId));
		entry.failed(now, settings.maxFailures(), settings.duration());
		attempts.save(entry);
		return entry.isLockedAt(now) ? Optional.of(entry.lockedUntil()) : Optional.empty();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(String userId) {
		attempts.findById(userId).ifPresent(entry -> {
			entry.unlock();
			attempts.save(entry);
		});
	}

	/** An administrator ends a lock early. */
	@Transactional
	void unlock(String userId) {
		succeeded(userId);
	}

	int maxFailures() {
		return settings.maxFailures();
	}

	Duration lockDuration() {
		return settings.duration();
	}
}
