package jp.kyoyu.schedule;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An event as typed, also the JSON body of {@code POST/PUT /api/v1/events}. Times are strings so that every
 * problem is reported per field in Japanese: {@code 2026-12-01T10:00:00+09:00}, {@code 2026-12-01T10:00}
 * (Japan time) or, for all-day events, {@code 2026-12-01} with {@code end} the last day.
 *
 * @param projectIds the projects the event concerns: none for a personal event, one copy per project
 * @param privateEvent {@code "private"} in JSON; absent means public (C7.5)
 */
public record EventInput(String title, String start, String end, Boolean allDay, String place, String memo,
		List<Long> projectIds, @JsonProperty("private") Boolean privateEvent) {
}
