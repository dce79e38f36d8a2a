package jp.kyoyu.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import net.fortuna.ical4j.model.Recur;

/** Checks an RRULE with ical4j and works out when its series ends, so range searches can skip ended series. */
final class RecurrenceRules {

	/** A series counted further than this is treated as endless (its end is not worth computing). */
	private static final int COUNT_LIMIT = 5000;

	private RecurrenceRules() {
	}

	static Optional<String> frequency(String rrule) {
		if (rrule == null) {
			return Optional.empty();
		}
		for (String part : rrule.toUpperCase(Locale.ROOT).split(";")) {
			if (part.startsWith("FREQ=")) {
				return Optional.of(part.substring(5).strip());
			}
		}
		return Optional.empty();
	}

	/** The rule as stored, or empty when ical4j cannot read it. */
	static Optional<Recurrence> recurrence(String rrule, String exdates, ZoneId zone, EventData times) {
		try {
			Temporal seed = times.allDay() ? times.startDate() : times.startAt().atZone(zone);
			Temporal yearLater = times.allDay() ? times.startDate().plusYears(1) : times.startAt().atZone(zone).plusYears(1);
			// Some rules parse but fail when expanded (BYSETPOS out of range...): find out now, not on every page.
			new Recur<Temporal>(rrule).getDates(seed, seed, yearLater, Occurrences.MAX_PER_RANGE);
			return Optional.of(new Recurrence(rrule, exdates, zone.getId(), until(rrule, zone, times)));
		}
		catch (RuntimeException e) {
			return Optional.empty();
		}
	}

	private static Instant until(String rrule, ZoneId zone, EventData times) {
		Duration length = Duration.between(times.startAt(), times.endAt());
		// Temporal, not the seed's type: ical4j answers UNTIL in the form the rule wrote it (date, UTC time).
		Recur<Temporal> recur = new Recur<>(rrule);
		Temporal until = recur.getUntil();
		if (until != null) {
			// Generous by a day: UNTIL may be a date that includes its whole day.
			return VEventReader.instant(until).plus(Duration.ofDays(1)).plus(length);
		}
		Temporal seed = times.allDay() ? times.startDate() : times.startAt().atZone(zone);
		Temporal end = times.allDay() ? times.startDate().plusYears(200) : times.startAt().atZone(zone).plusYears(200);
		int count = recur.getCount();
		if (count < 1 || count > COUNT_LIMIT) {
			return null;
		}
		List<Temporal> all = recur.getDates(seed, seed, end, count);
		return all.isEmpty() ? null : VEventReader.instant(all.get(all.size() - 1)).plus(length);
	}
}
