package jp.kyoyu.identity;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.SharedVersions;
import jp.kyoyu.shared.StampedCache;

/**
 * Display names by user id, kept a minute: every approval step names its actor in the record, and a name only
 * changes when an administrator edits the user.
 */
@Component
class UserNames {

	private final StampedCache<String, Optional<String>> names;

	UserNames(SharedVersions shared) {
		this.names = new StampedCache<>("identity.names", shared, Duration.ofSeconds(60), 10_000);
	}

	Optional<String> nameOf(String userId, Function<String, Optional<String>> read) {
		return names.get(userId, read);
	}

	/** A plain listener, not a transactional one, so that no event publication is stored for it. */
	@EventListener({ UserCreated.class, UserUpdated.class, UserDeleted.class })
	void changed() {
		names.forgetAllAfterCommit();
	}
}
