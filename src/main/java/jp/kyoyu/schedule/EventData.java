package jp.kyoyu.schedule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An event's content once checked. All-day events keep their dates (the last day included) and, for range
 * searches, the instants of the start of the first day and of the day after the last, in Asia/Tokyo.
 */
record EventData(String title, boolean allDay, Instant startAt, Instant endAt, LocalDate startDate,
		LocalDate endDate, String place, String memo, boolean privateEvent, Recurrence recurrence) {
}
