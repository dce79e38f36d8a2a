package jp.kyoyu.schedule;

import jp.kyoyu.shared.AuditableEvent;
import jp.kyoyu.shared.Wording;

/** An iCalendar file was imported into the owner's schedule (C7.6). */
public record ScheduleImported(String ownerId, String fileName, int added, int updated, int removed, int skipped,
		int errors) implements AuditableEvent {

	@Override
	public String action() {
		return "schedule.imported";
	}

	@Override
	public String target() {
		return "user:" + ownerId;
	}

	@Override
	public String detail() {
		return (fileName == null ? "" : fileName + ": ")
				+ Wording.japanese("schedule.audit.imported", added, updated, removed, skipped, errors);
	}
}
