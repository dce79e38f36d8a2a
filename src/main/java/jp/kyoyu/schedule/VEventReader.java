package jp.kyoyu.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Collectors;

import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.ExDate;

import jp.kyoyu.shared.Wording;

/**
 * One VEVENT to an {@link ImportedEvent}: times to instants (a TZID by its VTIMEZONE, a floating time as
 * Japan time), all-day dates with RFC 5545's exclusive end turned into the last day, RRULE and EXDATE kept for
 * expansion, CLASS:PRIVATE/CONFIDENTIAL as private, over-long texts shortened.
 */
final class VEventReader {

	/** Why one event cannot be imported, in Japanese. */
	static final class Unreadable extends Exception {

		Unreadable(String message) {
			super(message);
		}
	}

	/** Where a UTC series is counted when the file names no zone: Google writes X-WR-TIMEZONE. */
	private final ZoneId calendarZone;

	VEventReader(ZoneId calendarZone) {
		this.calendarZone = calendarZone;
	}

	ImportedEvent read(VEvent event) throws Unreadable {
		String title = oneLine(shorten(text(event, Property.SUMMARY), EventRules.TITLE_MAX));
		String label = Wording.of("schedule.ical.event-label", title == null ? Wording.of("schedule.ical.untitled") : title);
		DateProperty<Temporal> start = event.<Temporal>getStartDate()
			.orElseThrow(() -> new Unreadable(Wording.of("schedule.ical.no-start", label)));
		Temporal startValue = start.getDate();
		Temporal endValue = event.<Temporal>getEndDate(true).map(DateProperty::getDate).orElse(null);
		String uid = text(event, Property.UID);
		if (uid == null) {
			// RFC 5545 requires a UID; without one, the start and title stand in so a re-import still matches.
			uid = "kyoyu-import-" + digest(start.getValue() + "|" + title);
		}
		String key = event.<Property>getProperty(Property.RECURRENCE_ID)
			.map(property -> key(((DateProperty<?>) property).getDate()))
			.orElse("");
		boolean cancelled = text(event, Property.STATUS) != null && "CANCELLED".equalsIgnoreCase(text(event, Property.STATUS));
		String classification = text(event, Property.CLASS);
		boolean privateEvent = classification != null
				&& ("PRIVATE".equalsIgnoreCase(classification) || "CONFIDENTIAL".equalsIgnoreCase(classification));
		EventData times = startValue instanceof LocalDate first ? allDay(first, endValue) : timed(startValue, endValue);
		Recurrence recurrence = key.isEmpty() ? recurrence(event, start, times, label) : null;
		EventData data = new EventData(title == null ? Wording.japanese("schedule.ical.untitled") : title, times.allDay(), times.startAt(),
				times.endAt(), times.startDate(), times.endDate(), oneLine(shorten(text(event, Property.LOCATION), EventRules.PLACE_MAX)),
				shorten(text(event, Property.DESCRIPTION), EventRules.MEMO_MAX), privateEvent, recurrence);
		return new ImportedEvent(uid, key, data, cancelled);
	}

	private static EventData allDay(LocalDate first, Temporal end) {
		LocalDate last = first;
		if (end != null) {
			LocalDate endDate = end instanceof LocalDate date ? date : instant(end).atZone(EventTimes.JAPAN).toLocalDate();
			// DTEND of an all-day event is the day after the last one.
			last = endDate.isAfter(first) ? endDate.minusDays(1) : first;
		}
		return new EventData(null, true, EventTimes.startOfDay(first), EventTimes.startOfDay(last.plusDays(1)), first,
				last, null, null, false, null);
	}

	private static EventData timed(Temporal start, Temporal end) {
		Instant startAt = instant(start);
		Instant endAt = end == null ? startAt : instant(end);
		return new EventData(null, false, startAt, endAt.isBefore(startAt) ? startAt : endAt, null, null, null, null,
				false, null);
	}

	private Recurrence recurrence(VEvent event, DateProperty<Temporal> start, EventData times, String label)
			throws Unreadable {
		Optional<Property> rule = event.getProperty(Property.RRULE);
		if (rule.isEmpty()) {
			return null;
		}
		String rrule = rule.get().getValue();
		String frequency = RecurrenceRules.frequency(rrule)
			.orElseThrow(() -> new Unreadable(Wording.of("schedule.ical.rrule-unreadable", label)));
		if (frequency.equals("SECONDLY") || frequency.equals("MINUTELY")) {
			throw new Unreadable(Wording.of("schedule.ical.rrule-too-fine", label));
		}
		String exdates = event.getProperties(Property.EXDATE).stream()
			.flatMap(property -> ((ExDate<?>) property).getDates().stream())
			.map(VEventReader::key)
			.distinct()
			.collect(Collectors.joining(","));
		ZoneId zone = times.allDay() ? EventTimes.JAPAN : zone(start);
		return RecurrenceRules.recurrence(rrule, exdates.isEmpty() ? null : exdates, zone, times)
			.orElseThrow(() -> new Unreadable(Wording.of("schedule.ical.rrule-unreadable", label)));
	}

	/** The zone a series is counted in: the TZID's region, else the file's, else the fixed offset. */
	private ZoneId zone(DateProperty<Temporal> start) {
		Optional<ZoneId> named = start.getParameter(Parameter.TZID).map(Parameter::getValue).flatMap(TimeZoneNames::region);
		if (named.isPresent()) {
			return named.get();
		}
		Temporal value = start.getDate();
		if (value instanceof ZonedDateTime zoned) {
			return ZoneOffset.ofTotalSeconds(zoned.getOffset().getTotalSeconds());
		}
		if (value instanceof LocalDateTime) {
			return EventTimes.JAPAN;
		}
		return calendarZone != null ? calendarZone : ZoneOffset.UTC;
	}

	/** The ISO form that identifies an occurrence: its date, or its start instant. */
	static String key(Temporal value) {
		return value instanceof LocalDate date ? date.toString() : instant(value).toString();
	}

	static Instant instant(Temporal value) {
		if (value instanceof ZonedDateTime zoned) {
			return zoned.toInstant();
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof LocalDateTime floating) {
			// A "floating" time means local time wherever one is; our users are in Japan.
			return floating.atZone(EventTimes.JAPAN).toInstant();
		}
		return EventTimes.startOfDay(LocalDate.from(value));
	}

	private static String text(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
	}

	private static String shorten(String text, int max) {
		if (text == null) {
			return null;
		}
		String clean = text.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
		return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
	}

	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String oneLine(String text) {
		return text == null ? null : text.replace('\n', ' ').replace('\t', ' ');
	}
}
