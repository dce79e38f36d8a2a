package jp.kyoyu.schedule;

import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectContents;
import jp.kyoyu.shared.Wording;

/** A project's events are project data: they go with the recorded erasure at contract end, not one click away. */
@Component
class ScheduleContents implements ProjectContents {

	private final ScheduleEventRepository events;

	ScheduleContents(ScheduleEventRepository events) {
		this.events = events;
	}

	@Override
	public long count(long projectId) {
		return events.countByProjectId(projectId);
	}

	@Override
	public String label() {
		return Wording.of("schedule.contents.events");
	}
}
