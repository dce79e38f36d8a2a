package jp.kyoyu.schedule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyoyu.shared.Versioned;

/**
 * One event as its viewer may see it (the detail page, {@code GET /api/v1/events/{id}}). Busy-only events carry
 * no title, place, memo or project, as in {@link CalendarEntry}.
 *
 * @param seriesProjectIds the projects of all copies of the same event the viewer owns (bulk edit, C7.3)
 * @param rrule the repetition rule of an imported series, for display
 * @param version the event's version, for If-Match and the edit form (issue #15)
 */
public record EventView(long id, String userId, String userName, String title, OffsetDateTime start,
		OffsetDateTime end, boolean allDay, LocalDate lastDay, Long projectId, String projectName, String place,
		String memo, boolean privateEvent, boolean busyOnly, boolean mine, String seriesId,
		List<Long> seriesProjectIds, EventSource source, String rrule, long version) implements Versioned {

	/** Whether other copies of this event exist in other projects (edit or delete them all at once). */
	public boolean inSeveralProjects() {
		return seriesProjectIds != null && seriesProjectIds.size() > 1;
	}
}
