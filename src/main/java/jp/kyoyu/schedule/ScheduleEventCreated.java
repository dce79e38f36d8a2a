package jp.kyoyu.schedule;

import jp.kyoyu.shared.AuditableEvent;

/**
 * An event was registered (one record per project copy of an event registered across projects).
 *
 * @param title {@literal null} for a private event, which the audit trail does not spell out
 */
public record ScheduleEventCreated(long eventId, String ownerId, Long projectId, String seriesId, String title)
		implements AuditableEvent {

	@Override
	public String action() {
		return "schedule.event-created";
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
