package jp.kyoyu.schedule;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.Wording;

/**
 * Each user's private subscription feed: a secret token in the URL stands for the login that groupware cannot
 * do. Renewing it issues a new token, so whoever learnt the old URL reads nothing more.
 */
@Component
@Transactional
class CalendarFeed {

	/** Past events older than this are left out: subscribers want what is coming, and feeds stay small. */
	static final Duration HISTORY = Duration.ofDays(400);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final FeedTokenRepository tokens;

	private final ScheduleEventRepository events;

	private final ProjectManagement projects;

	private final IdentityManagement identity;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final SchedulePermission permission;

	CalendarFeed(FeedTokenRepository tokens, ScheduleEventRepository events, ProjectManagement projects,
			IdentityManagement identity, ApplicationEventPublisher publisher, Clock clock, SchedulePermission permission) {
		this.tokens = tokens;
		this.events = events;
		this.projects = projects;
		this.identity = identity;
		this.publisher = publisher;
		this.clock = clock;
		this.permission = permission;
	}

	/** The user's token, issued on first use. */
	String token(String userId) {
		return tokens.findById(userId).map(FeedToken::token).orElseGet(() -> {
			FeedToken token = tokens.save(new FeedToken(userId, newToken(), clock.instant()));
			publisher.publishEvent(new CalendarFeedRenewed(userId, false));
			return token.token();
		});
	}

	/** Replaces the token; the old URL stops working at once. */
	String renew(String userId) {
		Optional<FeedToken> existing = tokens.findById(userId);
		String fresh = newToken();
		if (existing.isPresent()) {
			existing.get().renew(fresh, clock.instant());
		}
		else {
			tokens.save(new FeedToken(userId, fresh, clock.instant()));
		}
		publisher.publishEvent(new CalendarFeedRenewed(userId, existing.isPresent()));
		return fresh;
	}

	/** The iCalendar text for a token, or empty for an unknown (or renewed) one. */
	@Transactional(readOnly = true)
	Optional<String> ics(String token) {
		if (token == null || token.length() > 64) {
			return Optional.empty();
		}
		// A disabled or deleted account, or one no longer allowed to read schedules, publishes nothing.
		return tokens.findByToken(token).map(FeedToken::userId)
			.filter(userId -> permission.allows(userId, AccessLevel.READ))
			.map(this::write);
	}

	private String write(String userId) {
		Map<Long, String> projectNames = new LinkedHashMap<>();
		projects.projectsOf(userId).forEach(project -> projectNames.put(project.id(), project.name()));
		String name = identity.find(userId).map(UserAccount::name).orElse(userId);
		return FeedWriter.write(Wording.japanese("schedule.feed.title", name),
				events.findForFeed(userId, clock.instant().minus(HISTORY)), projectNames);
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
