package jp.kyoyu.board;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.GroupManagement;
import jp.kyoyu.identity.GroupView;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectMemberView;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/** Whom a post is for (C2.4) and whom to tell about it by mail (C2.8). */
@Component
class PostAudiences {

	static final String PROJECT_NOT_FOUND = "board.project.not-found";

	private final ProjectManagement projects;

	private final GroupManagement groups;

	private final AudienceRepository audiences;

	private final PostVisibility visibility;

	private final ApplicationEventPublisher events;

	PostAudiences(ProjectManagement projects, GroupManagement groups, AudienceRepository audiences,
			PostVisibility visibility, ApplicationEventPublisher events) {
		this.projects = projects;
		this.groups = groups;
		this.audiences = audiences;
		this.visibility = visibility;
		this.events = events;
	}

	void requireMember(Viewer viewer, long projectId) {
		if (!viewer.inProject(projectId)) {
			throw new NotFoundException(Wording.of(PROJECT_NOT_FOUND));
		}
	}

	void checkChoice(long projectId, PostInput input, String userId) {
		Set<String> members = projects.members(projectId, userId).stream()
			.map(ProjectMemberView::userId)
			.collect(Collectors.toSet());
		Set<String> groupIds = groups.findAll().stream().map(GroupView::groupId).collect(Collectors.toSet());
		List<FieldProblem> problems = new ArrayList<>();
		for (String user : input.users()) {
			if (!members.contains(user)) {
				problems.add(new FieldProblem("visibleTo.users", Wording.of("board.audience.not-a-member", user)));
			}
		}
		for (String group : input.groups()) {
			if (!groupIds.contains(group)) {
				problems.add(new FieldProblem("visibleTo.groups", Wording.of("board.audience.unknown-group", group)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	void save(Post post, PostInput input) {
		new LinkedHashSet<>(input.users()).forEach(user -> audiences.save(new Audience(post.id(), Audience.USER, user)));
		new LinkedHashSet<>(input.groups())
			.forEach(group -> audiences.save(new Audience(post.id(), Audience.GROUP, group)));
	}

	/** Asks for the mails after commit; everyone named must be able to see the post, or nothing is posted. */
	void notify(Post post, List<String> recipients, Viewer author) {
		if (recipients.isEmpty()) {
			return;
		}
		List<String> unique = List.copyOf(new LinkedHashSet<>(recipients));
		for (String recipient : unique) {
			if (!visibility.maySee(post, recipient)) {
				throw new InvalidInputException("notify", Wording.of("board.notify.cannot-see", recipient));
			}
		}
		events.publishEvent(new PostNotificationRequested(post.id(), post.projectId(),
				author.projects().get(post.projectId()), post.title(), post.authorUserId(), post.createdAt(), unique));
	}
}
