package jp.kyoyu.schedule;

/** The audit detail of an event record: its title, except for private events, which stay private there too. */
final class ScheduleAudit {

	private ScheduleAudit() {
	}

	static String detail(String title, Long projectId) {
		String what = title == null ? "（非公開の予定）" : title;
		return projectId == null ? what : what + "（project:" + projectId + "）";
	}
}
