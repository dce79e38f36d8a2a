package jp.kyoyu.identity;

import java.time.Duration;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.SharedVersions;
import jp.kyoyu.shared.StampedCache;

/**
 * Each user's CURRENT level per function (C8.3), read on every request rather than taken from the login: an
 * administrator's change applies from the user's next request. Kept a short while because every request asks;
 * a change is seen at once on every node (the cache's shared version is bumped in the changing transaction,
 * {@link jp.kyoyu.shared.SharedVersions}); {@link #KEPT} bounds changes made around Kyoyu. A disabled or unknown user has no right at all. Templates ask it as {@code @featureRights}.
 */
@Component("featureRights")
public class FeatureRights {

	static final Duration KEPT = Duration.ofSeconds(30);

	private final IdentityManagement identity;

	private final StampedCache<String, Map<Feature, AccessLevel>> levels;

	FeatureRights(IdentityManagement identity, SharedVersions shared) {
		this.identity = identity;
		this.levels = new StampedCache<>("identity.rights", shared, KEPT, 10_000);
	}

	public AccessLevel levelOf(String userId, Feature feature) {
		if (userId == null) {
			return AccessLevel.NONE;
		}
		return levels.get(userId, this::read).getOrDefault(feature, AccessLevel.NONE);
	}

	public boolean allows(String userId, Feature feature, AccessLevel level) {
		return levelOf(userId, feature).allows(level);
	}

	/** For templates: may the logged-in user look at this function (READ)? */
	public boolean mayRead(String feature) {
		return allows(currentUserId(), Feature.valueOf(feature), AccessLevel.READ);
	}

	/** For templates: may the logged-in user change things in this function (WRITE)? */
	public boolean mayWrite(String feature) {
		return allows(currentUserId(), Feature.valueOf(feature), AccessLevel.WRITE);
	}

	private Map<Feature, AccessLevel> read(String userId) {
		return identity.find(userId).filter(UserAccount::enabled).map(UserAccount::permissions).orElse(Map.of());
	}

	private static String currentUserId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof KyoyuPrincipal principal
				? principal.userId() : null;
	}

	/** A plain listener (as in {@link UserNames}): forgotten once the change commits. */
	@EventListener({ PermissionsChanged.class, UserDisabled.class, UserUpdated.class, UserDeleted.class,
			UserCreated.class })
	void changed() {
		levels.forgetAllAfterCommit();
	}
}
