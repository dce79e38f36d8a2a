package jp.kyoyu.schedule;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.DisclosedTable;
import jp.kyoyu.identity.UserDisclosure;
import jp.kyoyu.shared.Wording;

/** The schedule events a user owns (their own, project copies they registered and imported ones), for X13. */
@Component
class ScheduleDisclosure implements UserDisclosure {

	/** Only this module's own tables (docs/modules/disclosure.md). */
	private static final String QUERY = "select id, project_id, title, all_day, start_at, "
			+ "end_at, place, memo, private_event, source "
			+ "from schedule_event where owner_id = ? "
			+ "order by start_at, id";

	private final JdbcTemplate jdbc;

	ScheduleDisclosure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "events";
	}

	@Override
	public String description() {
		return Wording.japanese("schedule.disclosure.events");
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public DisclosedTable disclose(String userId) {
		return DisclosedTable.of(jdbc.queryForList(QUERY, userId),
				"id", "project_id", "title", "all_day", "start_at", "end_at", "place", "memo",
				"private_event", "source");
	}
}
