package jp.kyoyu.identity;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.SharedVersions;
import jp.kyoyu.shared.StampedCache;

/**
 * Accounts (name, mail address, side, rights) by user id, kept for the mailers: every approval step mails its holder
 * and names its actor, and an account changes only when an administrator edits it. Every change Kyoyu makes to
 * an account announces itself with one of the events below; it is then read afresh on every node once committed
 * (docs/scaling.md "Kept answers").
 */
@Component
class KeptAccounts {

	/**
	 * A bound for changes made around Kyoyu (straight in the database); Kyoyu's own are seen at once. Longer than
	 * {@link FeatureRights#KEPT}: this only decides where a notice mail goes, never what a request may do.
	 */
	static final Duration KEPT = Duration.ofMinutes(5);

	private final StampedCache<String, Optional<UserAccount>> accounts;

	KeptAccounts(SharedVersions shared) {
		this.accounts = new StampedCache<>("identity.accounts", shared, KEPT, 10_000);
	}

	Optional<UserAccount> find(String userId, Function<String, Optional<UserAccount>> read) {
		return accounts.get(userId, read);
	}

	/** A plain listener (as in {@link UserNames}): forgotten once the change commits. */
	@EventListener({ UserCreated.class, UserUpdated.class, UserDisabled.class, UserDeleted.class,
			PermissionsChanged.class })
	void changed() {
		accounts.forgetAllAfterCommit();
	}
}
