package jp.kyoyu.schedule;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the times people and scripts type: ISO-8601 with an offset, or without one meaning Japan time, and
 * dates. Full-width digits (typed with the IME on), a space for the {@code T} and slashes are accepted.
 */
final class EventTimes {

	/** Shown to users and used for dates without an offset. */
	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private EventTimes() {
	}

	/** A point in time; a bare date is not one. */
	static Optional<Instant> instant(String text) {
		String value = normalize(text);
		if (value.isEmpty() || !value.contains("T")) {
			return Optional.empty();
		}
		try {
			return Optional.of(OffsetDateTime.parse(value).toInstant());
		}
		catch (DateTimeParseException e) {
			// no offset: Japan time
		}
		try {
			return Optional.of(LocalDateTime.parse(value).atZone(JAPAN).toInstant());
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** A calendar day: a date, or the Japan-time day of a point in time. */
	static Optional<LocalDate> date(String text) {
		String value = normalize(text);
		if (value.contains("T")) {
			return instant(value).map(instant -> instant.atZone(JAPAN).toLocalDate());
		}
		try {
			return Optional.of(LocalDate.parse(value));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** Whether the text names a moment at midnight, Japan time (an exclusive end of an all-day event). */
	static boolean isMidnight(String text) {
		return normalize(text).contains("T")
				&& instant(text).map(instant -> instant.atZone(JAPAN).toLocalTime().equals(java.time.LocalTime.MIDNIGHT))
					.orElse(false);
	}

	static boolean isBlank(String text) {
		return normalize(text).isEmpty();
	}

	static Instant startOfDay(LocalDate date) {
		return date.atStartOfDay(JAPAN).toInstant();
	}

	private static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace('/', '-');
		int space = value.indexOf(' ');
		if (space > 0 && !value.contains("T")) {
			value = value.substring(0, space) + "T" + value.substring(space + 1).strip();
		}
		return value;
	}
}
