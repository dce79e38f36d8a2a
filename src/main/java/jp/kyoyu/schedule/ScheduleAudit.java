package jp.kyoyu.schedule;

import jp.kyoyu.shared.Wording;

/** The audit detail of an event record: its title, except for private events, which stay private there too. */
final class ScheduleAudit {

	private ScheduleAudit() {
	}

	static String detail(String title, Long projectId) {
		String what = title == null ? Wording.japanese("schedule.audit.private-event") : title;
		return projectId == null ? what : what + "（project:" + projectId + "）";
	}
}
