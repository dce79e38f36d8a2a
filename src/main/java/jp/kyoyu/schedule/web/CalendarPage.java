package jp.kyoyu.schedule.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import jp.kyoyu.schedule.CalendarDay;
import jp.kyoyu.schedule.CalendarEntry;

/**
 * The period a calendar page shows: a month (whole weeks, Sunday first as Japanese calendars are printed), a
 * week (Sunday to Saturday) or a day, and how to move to the previous and next one.
 */
record CalendarPage(View view, LocalDate anchor, LocalDate first, LocalDate last) {

	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	enum View {
		MONTH, WEEK, DAY;

		String param() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** A day of the page with its occurrences. */
	record Cell(CalendarDay day, boolean inPeriod, boolean today, List<CalendarEntry> entries) {
	}

	static CalendarPage of(String view, String date, LocalDate today, View fallback) {
		View chosen = fallback;
		for (View candidate : View.values()) {
			if (candidate.param().equals(view)) {
				chosen = candidate;
			}
		}
		LocalDate anchor = today;
		if (date != null && !date.isBlank()) {
			try {
				anchor = LocalDate.parse(date.strip());
			}
			catch (DateTimeParseException e) {
				// a mistyped date in the address: show today rather than an error page
			}
		}
		return switch (chosen) {
			case MONTH -> new CalendarPage(chosen, anchor, sunday(anchor.withDayOfMonth(1)),
					sunday(anchor.with(TemporalAdjusters.lastDayOfMonth())).plusDays(6));
			case WEEK -> new CalendarPage(chosen, anchor, sunday(anchor), sunday(anchor).plusDays(6));
			case DAY -> new CalendarPage(chosen, anchor, anchor, anchor);
		};
	}

	public LocalDate previous() {
		return switch (view) {
			case MONTH -> anchor.minusMonths(1).withDayOfMonth(1);
			case WEEK -> anchor.minusWeeks(1);
			case DAY -> anchor.minusDays(1);
		};
	}

	public LocalDate next() {
		return switch (view) {
			case MONTH -> anchor.plusMonths(1).withDayOfMonth(1);
			case WEEK -> anchor.plusWeeks(1);
			case DAY -> anchor.plusDays(1);
		};
	}

	Instant from() {
		return first.atStartOfDay(JAPAN).toInstant();
	}

	Instant to() {
		return last.plusDays(1).atStartOfDay(JAPAN).toInstant();
	}

	/** Whether the day belongs to the period itself (a month page also shows the ends of the weeks around it). */
	boolean inPeriod(LocalDate day) {
		return view != View.MONTH || day.getMonth() == anchor.getMonth();
	}

	Cell cell(CalendarDay day, LocalDate today, List<CalendarEntry> entries) {
		// The project copies of one event show once on a page: it is one appointment.
		Set<String> seen = new HashSet<>();
		return new Cell(day, inPeriod(day.date()), day.date().equals(today), entries.stream()
			.filter(entry -> entry.on(day.date()))
			.filter(entry -> entry.busyOnly() || seen.add(entry.occurrenceKey()))
			.toList());
	}

	private static LocalDate sunday(LocalDate date) {
		return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
	}
}
