package jp.kyoyu.consultation;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.kyoyu.board.BoardManagement;
import jp.kyoyu.board.PostInput;
import jp.kyoyu.identity.Side;
import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.project.ProjectManagement;

/**
 * Tells the other side of the project what happened on a matter, by mail (a {@link ConsultationNotice} the
 * notification module sends after commit), by a board post visible to them, or both, as the matter says.
 */
@Component
class ConsultationNotices {

	private static final int EXCERPT = 300;

	private final ProjectManagement projects;

	private final BoardManagement board;

	private final ConsultationAccess access;

	private final ApplicationEventPublisher events;

	private final ConsultationWording wording;

	private final Clock clock;

	ConsultationNotices(ProjectManagement projects, BoardManagement board, ConsultationAccess access,
			ApplicationEventPublisher events, ConsultationWording wording, Clock clock) {
		this.projects = projects;
		this.board = board;
		this.access = access;
		this.events = events;
		this.wording = wording;
		this.clock = clock;
	}

	void tell(Matter matter, String event, String actor, String text) {
		ProjectDetails project = projects.get(matter.projectId(), actor);
		Side actorSide = access.side(actor);
		List<String> others = project.members().stream()
			.filter(member -> member.role().side() != actorSide)
			.map(member -> member.userId())
			.toList();
		String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
		String path = "/consultations/" + matter.id();
		if (matter.noticeChannel().mail() && !others.isEmpty()) {
			events.publishEvent(new ConsultationNotice(matter.id(), project.id(), project.name(), matter.title(), event,
					access.name(actor), matter.status().label(), clock.instant(), excerpt, path, others));
		}
		if (matter.noticeChannel().board()) {
			String body = wording.recorded("consultation.notice.boardBody", matter.title(), event,
					matter.status().label(), excerpt, path);
			board.create(matter.projectId(), new PostInput(title(event, matter.title()), body, others, List.of(),
					List.of()), actor);
		}
	}

	private String title(String event, String matterTitle) {
		String title = wording.recorded("consultation.notice.boardTitle", event, matterTitle);
		return title.length() > 200 ? title.substring(0, 199) + "…" : title;
	}
}
