package jp.kyoyu.identity;

import java.time.Duration;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.StampedCache;

/**
 * Each user's CURRENT level per function (C8.3), read on every request rather than taken from the login: an
 * administrator's change applies from the user's next request. Kept a short while because every request asks;
 * a change on this server is seen at once (the cache is forgotten when it commits), one on another server within
 * {@link #KEPT}. A disabled or unknown user has no right at all. Templates ask it as {@code @featureRights}.
 */
@Component("featureRights")
public class FeatureRights {

	static final Duration KEPT = Duration.ofSeconds(30);

	private final IdentityManagement identity;

	private final StampedCache<String, Map<Feature, AccessLevel>> levels = new StampedCache<>(KEPT, 10_000);

	FeatureRights(IdentityManagement identity) {
		this.identity = identity;
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
