package jp.kyoyu.identity;

import java.time.Duration;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.DateStyle;
import jp.kyoyu.shared.DateStyles;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.SharedVersions;
import jp.kyoyu.shared.StampedCache;
import jp.kyoyu.shared.Wording;

/**
 * Each user's choice of 西暦 or 和暦 (issue #22), kept with the user's profile so that it follows the user to every
 * node and every new login. Every page and print asks it (through {@link DateStyles}), so it is kept a short while
 * like {@link FeatureRights}; a change is seen on the user's next page, on every node.
 */
@Component
public class DateStylePreference implements DateStyles {

	static final Duration KEPT = Duration.ofMinutes(5);

	private final UserProfileRepository profiles;

	private final StampedCache<String, DateStyle> chosen;

	DateStylePreference(UserProfileRepository profiles, SharedVersions shared) {
		this.profiles = profiles;
		this.chosen = new StampedCache<>("identity.date-style", shared, KEPT, 10_000);
	}

	@Override
	public DateStyle current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof KyoyuPrincipal principal
				? of(principal.userId()) : DateStyle.DEFAULT;
	}

	public DateStyle of(String userId) {
		return chosen.get(userId,
				id -> profiles.findById(id).map(UserProfile::dateStyle).orElse(DateStyle.DEFAULT));
	}

	@Transactional
	public void choose(String userId, DateStyle style) {
		UserProfile profile = profiles.findById(userId)
			.orElseThrow(() -> new NotFoundException(Wording.of("user.notFound", userId)));
		profile.chooseDateStyle(style);
		chosen.forgetAllAfterCommit();
	}
}
