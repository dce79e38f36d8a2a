package jp.kyoyu.board;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jp.kyoyu.identity.GroupChanged;
import jp.kyoyu.identity.UserUpdated;
import jp.kyoyu.project.ProjectDeleted;
import jp.kyoyu.project.ProjectMemberAdded;
import jp.kyoyu.project.ProjectMemberRemoved;
import jp.kyoyu.project.ProjectUpdated;

/**
 * Each user's number of unread posts and newest unread posts (the home page's card), kept between page views.
 * Counting exactly means looking at every post of every project of the user (200,000 for 100 projects of 2,000
 * posts), far slower than the page around it; both only change when a post is written, edited or deleted, when
 * the user reads, or when who sees what changes (project members and names, groups), so they are worked out
 * again only then, after the change is committed. A value stamped before a change that happened while it was
 * being worked out is never used; and every value is worked out afresh after {@link #KEPT_SECONDS} whatever
 * happened, so a change this class does not hear of (an edit straight in the database, another server) shows
 * within that time.
 */
@Component
class UnreadCache {

	static final long KEPT_SECONDS = 120;

	private record Kept(Object value, long everyone, long mine, long at) {
	}

	/** Bumped by a change that may alter anyone's number. */
	private final AtomicLong everyone = new AtomicLong();

	/** Bumped by a change of one user's number (they read posts). */
	private final Map<String, Long> mine = new ConcurrentHashMap<>();

	/** User id to what is kept for them, by what it is ("count", "newest 20"). */
	private final Map<String, Map<String, Kept>> kept = new ConcurrentHashMap<>();

	/** The user's value named {@code what}, worked out by {@code work} unless one from after the last change is kept. */
	@SuppressWarnings("unchecked")
	<T> T get(String userId, String what, Supplier<T> work) {
		long all = everyone.get();
		long own = mine.getOrDefault(userId, 0L);
		long now = System.nanoTime();
		Kept old = kept.getOrDefault(userId, Map.of()).get(what);
		if (old != null && old.everyone() == all && old.mine() == own
				&& now - old.at() < TimeUnit.SECONDS.toNanos(KEPT_SECONDS)) {
			return (T) old.value();
		}
		T value = work.get();
		// Stamped with the versions read before the work: a change made meanwhile makes it stale at once.
		kept.computeIfAbsent(userId, id -> new ConcurrentHashMap<>()).put(what, new Kept(value, all, own, now));
		return value;
	}

	/** The user read posts. */
	void forget(String userId) {
		mine.merge(userId, 1L, Long::sum);
		kept.remove(userId);
	}

	void forgetEveryone() {
		everyone.incrementAndGet();
		kept.clear();
	}

	/**
	 * Changes that may alter anyone's unread posts: posts written, edited (title, audience) or deleted; project
	 * members, names (shown on the card) and deletion; Camunda groups; a user's details (a change of side moves
	 * them between the agency and contractor groups that posts may be shown to). A plain listener that acts after
	 * the commit, not a transactional event listener, so that no event publication is stored for it.
	 */
	@EventListener({ PostCreated.class, PostUpdated.class, PostDeleted.class, ProjectMemberAdded.class,
			ProjectMemberRemoved.class, ProjectUpdated.class, ProjectDeleted.class, GroupChanged.class,
			UserUpdated.class })
	void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forgetEveryone();
				}
			});
		}
		else {
			forgetEveryone();
		}
	}
}
