package jp.kyoyu.schedule;

import jp.kyoyu.shared.AuditableEvent;

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
		return (fileName == null ? "" : fileName + ": ") + "追加" + added + "件、変更" + updated + "件、削除" + removed
				+ "件、スキップ" + skipped + "件、読み取れない予定" + errors + "件";
	}
}
