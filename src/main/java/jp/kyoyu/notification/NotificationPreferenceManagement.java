package jp.kyoyu.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.identity.UserDeleted;
import jp.kyoyu.proposal.Importance;
import jp.kyoyu.shared.SharedVersions;
import jp.kyoyu.shared.StampedCache;
import jp.kyoyu.shared.Wording;

/**
 * Each user's choice of mail notices (C4.19, S2 mail): read and changed by the user on
 * {@code /account/notifications} and {@code /api/v1/me/notification-preferences}, applied by the mailers. What the
 * mailers ask is kept ({@link #wants}): every approval step mails, and a user changes these choices rarely.
 */
@Service
@Transactional
public class NotificationPreferenceManagement {

	private final NoticePreferenceRepository preferences;

	private final NotificationOptionRepository options;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	/** A bound for a change made around Kyoyu (straight in the database); Kyoyu's own are seen at once. */
	static final Duration KEPT = Duration.ofMinutes(5);

	/** What the mailers ask of a user, kept (docs/scaling.md "Kept answers"); every change forgets it on every node. */
	private final StampedCache<String, Wishes> wishes;

	/** A user's choices as the mailers apply them: the kinds switched off, and whether only 重要 workflow notices. */
	private record Wishes(Set<Notice> off, boolean importantOnly) {
	}

	NotificationPreferenceManagement(NoticePreferenceRepository preferences, NotificationOptionRepository options,
			MessageSource messages, ApplicationEventPublisher events, SharedVersions shared) {
		this.wishes = new StampedCache<>("notification.preferences", shared, KEPT, 10_000);
		this.preferences = preferences;
		this.options = options;
		this.messages = messages;
		this.events = events;
	}

	/** The user's preferences, labelled in the request's language; kinds never chosen are on. */
	@Transactional(readOnly = true)
	public NotificationPreferences of(String userId) {
		return of(userId, LocaleContextHolder.getLocale());
	}

	/**
	 * Sets the given kinds and, when not {@literal null}, the 重要-only option; kinds not given keep their
	 * setting. Publishes {@link NotificationPreferencesChanged} when anything changed.
	 */
	public NotificationPreferences change(String userId, Map<Notice, Boolean> receive, Boolean importantOnly) {
		NotificationPreferences before = of(userId, Locale.JAPANESE);
		receive.forEach((notice, on) -> preferences.findByUserIdAndNotice(userId, notice)
			.ifPresentOrElse(row -> row.receive(on), () -> preferences.save(new NoticePreference(userId, notice, on))));
		if (importantOnly != null) {
			options.findById(userId)
				.ifPresentOrElse(row -> row.importantOnly(importantOnly),
						() -> options.save(new NotificationOption(userId, importantOnly)));
		}
		wishes.forgetAllAfterCommit();
		NotificationPreferences after = of(userId, Locale.JAPANESE);
		if (!after.equals(before)) {
			events.publishEvent(new NotificationPreferencesChanged(userId, summary(after)));
		}
		return of(userId);
	}

	/** Whether {@code userId} wants this notice; {@code importance} is {@literal null} for board notices. */
	@Transactional(readOnly = true)
	boolean wants(String userId, Notice notice, Importance importance) {
		Wishes chosen = wishes.get(userId, this::wishesOf);
		boolean kindOn = !chosen.off().contains(notice);
		if (!kindOn || !notice.isWorkflow() || importance == Importance.IMPORTANT) {
			return kindOn;
		}
		return !chosen.importantOnly();
	}

	private Wishes wishesOf(String userId) {
		Set<Notice> off = EnumSet.noneOf(Notice.class);
		preferences.findByUserId(userId).stream().filter(row -> !row.receive()).forEach(row -> off.add(row.notice()));
		return new Wishes(off, options.findById(userId).map(NotificationOption::importantOnly).orElse(false));
	}

	/** A deleted user's choices must not pass to a new user who is given the same id. */
	@EventListener
	void on(UserDeleted deleted) {
		wishes.forgetAllAfterCommit();
		preferences.deleteByUserId(deleted.userId());
		options.findById(deleted.userId()).ifPresent(options::delete);
	}

	private NotificationPreferences of(String userId, Locale locale) {
		Map<Notice, Boolean> chosen = new EnumMap<>(Notice.class);
		preferences.findByUserId(userId).forEach(row -> chosen.put(row.notice(), row.receive()));
		List<NoticeChoice> choices = Arrays.stream(Notice.values())
			.map(notice -> new NoticeChoice(notice, label(notice, locale), chosen.getOrDefault(notice, true)))
			.toList();
		boolean importantOnly = options.findById(userId).map(NotificationOption::importantOnly).orElse(false);
		return new NotificationPreferences(userId, choices, importantOnly);
	}

	private String label(Notice notice, Locale locale) {
		return messages.getMessage("notification.notice." + notice.name(), null, notice.name(), locale);
	}

	private static String summary(NotificationPreferences now) {
		String off = now.notices().stream().filter(choice -> !choice.receive()).map(NoticeChoice::label)
			.collect(Collectors.joining("、"));
		// the audit trail keeps it: Japanese, as the labels of `now` (read with Locale.JAPANESE)
		return Wording.japanese("notification.audit.preferences",
				off.isEmpty() ? Wording.japanese("notification.audit.none") : off,
				now.importantOnly() ? Wording.japanese("notification.audit.importantOnly") : "");
	}
}
