package jp.kyoyu.schedule;

import jp.kyoyu.shared.AuditableEvent;

/**
 * An event was deleted.
 *
 * @param title {@literal null} for a private event
 */
public record ScheduleEventDeleted(long eventId, String ownerId, Long projectId, String seriesId, String title)
		implements AuditableEvent {

	@Override
	public String action() {
		return "schedule.event-deleted";
	}

	@Override
	public String target() {
		return "schedule-event:" + eventId;
	}

	@Override
	public String detail() {
		return ScheduleAudit.detail(title, projectId);
	}
}
