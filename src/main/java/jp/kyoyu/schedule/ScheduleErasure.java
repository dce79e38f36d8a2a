package jp.kyoyu.schedule;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.project.ErasedItems;
import jp.kyoyu.project.ProjectErasure;
import jp.kyoyu.shared.Wording;

/** Erases the project's events; personal events and other projects' copies of a series stay (issue #16). */
@Component
class ScheduleErasure implements ProjectErasure {

	private final JdbcTemplate jdbc;

	ScheduleErasure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String step() {
		return "schedule";
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public ErasedItems erase(long projectId) {
		List<String> targets = jdbc.queryForList("select id from schedule_event where project_id = ?", Long.class,
				projectId).stream().map(id -> "schedule-event:" + id).toList();
		long events = jdbc.update("delete from schedule_event where project_id = ?", projectId);
		return new ErasedItems(Map.of(Wording.japanese("schedule.erased.events"), events), List.of(), targets);
	}
}
