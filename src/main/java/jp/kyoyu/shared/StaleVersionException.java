package jp.kyoyu.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Thrown when a change is based on an older version of a record than the stored one: someone else changed it
 * after the caller read it. The JSON API answers 412; a form page re-shows what was typed with the message,
 * which is why this is an {@link InvalidInputException} (every form already re-shows on that).
 */
public class StaleVersionException extends InvalidInputException {

	public StaleVersionException() {
		super(null, message());
	}

	/** Reload, then change: the remedy the API and the pages both name (error.status.409 in messages.properties). */
	public static String message() {
		return Wording.of("error.status.409");
	}

	/**
	 * Refuses unless the caller's version is the stored one. {@code expected} null means the caller sent none
	 * (no If-Match, an old form): today's behaviour, guarded only by JPA's own version check at commit.
	 */
	public static void check(long current, Long expected) {
		if (expected != null && expected != current) {
			throw new StaleVersionException();
		}
	}

	/**
	 * Writes the pending change now ({@code flush} is the repository's), so the answer can name the version it
	 * made, and reports a change that overlapped with another one (JPA's version check at the UPDATE) as stale:
	 * a form can then re-show what was typed instead of an error page.
	 */
	public static void flushing(Runnable flush) {
		try {
			flush.run();
		}
		catch (OptimisticLockingFailureException e) {
			throw new StaleVersionException();
		}
	}
}
