package jp.kyoyu.schedule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One occurrence of an event as the viewer may see it. When {@link #busyOnly()}, the viewer only learns that
 * the owner is busy: title, place, memo and project are {@literal null} and {@code privateEvent} is false.
 *
 * @param start in Japan time; for all-day events 00:00 of the first day
 * @param end in Japan time; for all-day events 00:00 of the day after the last
 * @param lastDay the last day an all-day event covers (inclusive), else {@literal null}
 * @param mine whether the viewer owns it (and may edit it)
 * @param seriesId shared by the project copies of one event registered in several projects; {@literal null}
 *        when busy-only
 */
public record CalendarEntry(long id, String userId, String userName, String title, OffsetDateTime start,
		OffsetDateTime end, boolean allDay, LocalDate lastDay, Long projectId, String projectName, String place,
		String memo, boolean privateEvent, boolean busyOnly, boolean recurring, boolean mine, String seriesId) {

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

	/**
	 * The hours as the calendar pages print them ({@code 10:00–12:00}, Japan time). Worked out here rather than by two
	 * {@code #temporals.format} calls per occurrence in the template: a month overview prints hundreds (issue #21).
	 */
	public String hours() {
		return HOURS.format(start) + "–" + HOURS.format(end);
	}

	/** The same occurrence of the same event, whichever project copy it is. */
	public String occurrenceKey() {
		return userId + "|" + seriesId + "|" + start;
	}

	/** Whether the occurrence touches the day (Japan time): all-day by dates, timed by its hours. */
	public boolean on(LocalDate day) {
		LocalDate first = start.toLocalDate();
		LocalDate last = allDay ? lastDay
				: end.isAfter(start) ? end.minusNanos(1).toLocalDate() : start.toLocalDate();
		return !day.isBefore(first) && !day.isAfter(last);
	}
}
