package jp.kyoyu.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import net.fortuna.ical4j.model.Recur;

/**
 * The occurrences of an event inside a range. A recurring event is expanded by ical4j's {@link Recur} in the
 * zone the file counted it in, less its EXDATEs and the occurrences that were changed (stored separately).
 */
final class Occurrences {

	/** Enough for a year of a daily series; a rule that would produce more is cut off. */
	static final int MAX_PER_RANGE = 1000;

	/**
	 * One occurrence.
	 *
	 * @param key the occurrence's RECURRENCE-ID in ISO form ({@literal ""} for a single event)
	 */
	record Occurrence(Instant startAt, Instant endAt, LocalDate startDate, LocalDate endDate, String key) {

		boolean overlaps(Instant from, Instant to) {
			return startAt.isBefore(to) && (endAt.isAfter(from) || !startAt.isBefore(from));
		}
	}

	private Occurrences() {
	}

	static List<Occurrence> within(ScheduleEvent event, Instant from, Instant to, Set<String> overridden) {
		Occurrence single = new Occurrence(event.startAt(), event.endAt(), event.startDate(), event.endDate(), "");
		if (!event.recurring()) {
			return single.overlaps(from, to) ? List.of(single) : List.of();
		}
		Recurrence recurrence = event.recurrence();
		Set<String> excluded = Arrays.stream(recurrence.exdates() == null ? new String[0] : recurrence.exdates().split(","))
			.map(String::strip)
			.filter(value -> !value.isEmpty())
			.collect(Collectors.toSet());
		List<Occurrence> found = new ArrayList<>();
		ZoneId zone = event.allDay() ? EventTimes.JAPAN : ZoneId.of(recurrence.zone());
		List<Occurrence> candidates;
		try {
			candidates = event.allDay() ? allDay(event, from, to) : timed(event, recurrence, from, to);
		}
		catch (RuntimeException e) {
			// The import checked the rule; should one still fail, the calendar shows the first occurrence, not an error.
			return single.overlaps(from, to) ? List.of(single) : List.of();
		}
		for (Occurrence occurrence : candidates) {
			// Exclusions given as dates (EXDATE;VALUE=DATE) match by the day the occurrence falls on.
			String dateKey = occurrence.startAt().atZone(zone).toLocalDate().toString();
			boolean skipped = excluded.contains(occurrence.key()) || excluded.contains(dateKey)
					|| overridden.contains(occurrence.key());
			if (!skipped && occurrence.overlaps(from, to)) {
				found.add(occurrence);
			}
		}
		return found;
	}

	private static List<Occurrence> timed(ScheduleEvent event, Recurrence recurrence, Instant from, Instant to) {
		ZoneId zone = ZoneId.of(recurrence.zone());
		Duration length = Duration.between(event.startAt(), event.endAt());
		ZonedDateTime seed = event.startAt().atZone(zone);
		List<ZonedDateTime> starts = new ArrayList<>(new Recur<ZonedDateTime>(recurrence.rrule())
			.getDates(seed, from.minus(length).minusSeconds(1).atZone(zone), to.atZone(zone), MAX_PER_RANGE));
		// RFC 5545: DTSTART is always the first occurrence, even where the rule itself would not hit it.
		if (!starts.contains(seed)) {
			starts.add(0, seed);
		}
		return starts.stream().map(ZonedDateTime::toInstant)
			.map(startAt -> new Occurrence(startAt, startAt.plus(length), null, null, startAt.toString()))
			.toList();
	}

	private static List<Occurrence> allDay(ScheduleEvent event, Instant from, Instant to) {
		long days = ChronoUnit.DAYS.between(event.startDate(), event.endDate());
		LocalDate first = from.atZone(EventTimes.JAPAN).toLocalDate().minusDays(days + 1);
		LocalDate last = to.atZone(EventTimes.JAPAN).toLocalDate();
		List<LocalDate> starts = new ArrayList<>(new Recur<LocalDate>(event.recurrence().rrule())
			.getDates(event.startDate(), first, last, MAX_PER_RANGE));
		if (!starts.contains(event.startDate())) {
			starts.add(0, event.startDate());
		}
		return starts.stream()
			.map(start -> new Occurrence(EventTimes.startOfDay(start), EventTimes.startOfDay(start.plusDays(days + 1)),
					start, start.plusDays(days), start.toString()))
			.toList();
	}
}
