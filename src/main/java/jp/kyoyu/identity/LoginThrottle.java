package jp.kyoyu.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts consecutive failed logins per user id and locks the id for a while after too many (X2, C8.5).
 * Unknown ids are counted as well, so the answer does not tell which ids exist. Failures and successes are
 * recorded by atomic updates, each in a transaction of its own (the login that calls it may end by throwing):
 * 40 parallel wrong passwords count exactly {@code maxFailures}, and a right one checked after the lock is
 * refused. Counting before the check would be simpler but would lock out a script's parallel requests.
 */
@Component
class LoginThrottle {

	/** Ids are at most 64 characters (the column); anything longer cannot exist and is not worth a row. */
	private static final int MAX_ID_LENGTH = 64;

	private final LoginAttemptsRepository attempts;

	private final SecuritySettings.Lockout settings;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	/** Failures of one id are counted one after another (see {@link #failed}); 64 stripes bound the memory. */
	private final Object[] stripes = new Object[64];

	LoginThrottle(LoginAttemptsRepository attempts, SecuritySettings settings, Clock clock,
			PlatformTransactionManager transactions) {
		this.attempts = attempts;
		this.settings = settings.lockout();
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		for (int i = 0; i < stripes.length; i++) {
			stripes[i] = new Object();
		}
	}

	/** Until when the id is locked, if it is locked now. */
	@Transactional(readOnly = true)
	Optional<Instant> lockedUntil(String userId) {
		Instant now = clock.instant();
		return attempts.findById(userId).filter(a -> a.isLockedAt(now)).map(LoginAttempts::lockedUntil);
	}

	/**
	 * What a failed login did: whether it was counted (not when the id was locked meanwhile) and the lock's end
	 * if the id is locked now.
	 */
	record Failure(boolean counted, Optional<Instant> lockedUntil) {
	}

	/**
	 * Records a failure by atomic updates of the id's row (created first if the id has none yet), one failure of an
	 * id at a time in this server. PostgreSQL re-checks an UPDATE's condition on the row it waited for, so its
	 * statements alone count exactly across servers; H2 (embedded, so one server only) checks the condition on the
	 * row as it was before the wait and counted failures after the lock (9 "wrong password" answers instead of 4 in
	 * one of 40 parallel guesses): the stripe lock makes its updates one after another.
	 */
	Failure failed(String userId) {
		if (userId.length() > MAX_ID_LENGTH) {
			return new Failure(true, Optional.empty());
		}
		synchronized (stripes[Math.floorMod(userId.hashCode(), stripes.length)]) {
			ensureRow(userId);
			return count(userId);
		}
	}

	private Failure count(String userId) {
		return ownTransaction.execute(status -> {
			Instant now = clock.instant();
			boolean counted = attempts.countFailure(userId, now) == 1;
			attempts.lockIfReached(userId, settings.maxFailures(), now.plus(settings.duration()));
			Optional<Instant> locked = attempts.findById(userId)
				.filter(entry -> entry.isLockedAt(now))
				.map(LoginAttempts::lockedUntil);
			return new Failure(counted, locked);
		});
	}

	private void ensureRow(String userId) {
		if (attempts.existsById(userId)) {
			return;
		}
		try {
			ownTransaction.executeWithoutResult(status -> attempts.saveAndFlush(new LoginAttempts(userId)));
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
			// A parallel failure for the same id created the row first; counting goes on that row.
		}
	}

	/**
	 * Records a right password: clears the count, unless the id got locked while the password was being checked
	 * (parallel guesses): then answers the lock's end and the login is refused, so a right guess that lost the
	 * race to the lock tells the guesser nothing.
	 */
	Optional<Instant> succeeded(String userId) {
		return ownTransaction.execute(status -> {
			Instant now = clock.instant();
			attempts.clearFailures(userId, now);
			return attempts.findById(userId).filter(entry -> entry.isLockedAt(now)).map(LoginAttempts::lockedUntil);
		});
	}

	/** An administrator ends a lock early. */
	@Transactional
	void unlock(String userId) {
		attempts.findById(userId).ifPresent(LoginAttempts::unlock);
	}

	int maxFailures() {
		return settings.maxFailures();
	}

	Duration lockDuration() {
		return settings.duration();
	}
}
