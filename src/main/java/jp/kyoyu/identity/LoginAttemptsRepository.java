package jp.kyoyu.identity;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Failed logins are counted by single UPDATE statements, which the database applies one after another on the
 * latest row: reading the count and writing it back (even under SELECT ... FOR UPDATE, which H2 answered with a
 * stale row) lost counts when 40 guesses came in parallel.
 */
interface LoginAttemptsRepository extends JpaRepository<LoginAttempts, String> {

	/** Counts one failure unless the id is locked; answers 1 when counted. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update LoginAttempts a set a.failures = a.failures + 1 where a.userId = :userId"
			+ " and (a.lockedUntil is null or a.lockedUntil <= :now)")
	int countFailure(String userId, Instant now);

	/** Locks the id once the count reached the limit, starting the count afresh for after the lock. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update LoginAttempts a set a.lockedUntil = :until, a.failures = 0 where a.userId = :userId"
			+ " and a.failures >= :maxFailures")
	int lockIfReached(String userId, int maxFailures, Instant until);

	/** A right password clears the count, but never a lock: a lock set meanwhile stays. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update LoginAttempts a set a.failures = 0 where a.userId = :userId and a.failures > 0"
			+ " and (a.lockedUntil is null or a.lockedUntil <= :now)")
	int clearFailures(String userId, Instant now);
}
