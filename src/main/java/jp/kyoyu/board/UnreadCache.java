package jp.kyoyu.board;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

import jp.kyoyu.identity.GroupChanged;
import jp.kyoyu.identity.UserUpdated;
import jp.kyoyu.project.ProjectDeleted;
import jp.kyoyu.project.ProjectMemberAdded;
import jp.kyoyu.project.ProjectMemberRemoved;
import jp.kyoyu.project.ProjectUpdated;
import jp.kyoyu.shared.SharedVersions;
import jp.kyoyu.shared.StampedCache;

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

	/** What is kept for a user, by what it is ("count", "newest 20"); grouped by user, so one user's reads forget theirs. */
	private record Key(String userId, String what) {
	}

	/** Up to a few values per user; past this the cache starts again rather than grow. */
	private static final int MAX_KEPT = 20_000;

	private final StampedCache<Key, Object> kept;

	/** Shared by all nodes, grouped by user: one user's read marks bump only that user's row. */
	UnreadCache(SharedVersions shared) {
		this.kept = new StampedCache<>("board.unread", shared, Duration.ofSeconds(KEPT_SECONDS), MAX_KEPT, Key::userId);
	}

	/** The user's value named {@code what}, worked out by {@code work} unless one from after the last change is kept. */
	@SuppressWarnings("unchecked")
	<T> T get(String userId, String what, Supplier<T> work) {
		return (T) kept.get(new Key(userId, what), key -> work.get());
	}

	/** The user read posts. */
	void forget(String userId) {
		kept.forgetGroup(userId);
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
		kept.forgetAllAfterCommit();
	}
}
