package jp.kyoyu.schedule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectMemberView;
import jp.kyoyu.project.ProjectSummary;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/**
 * Who sees whose events, and how much (C7.4, docs/modules/schedule.md): one's own events in full; another
 * member's public events of a project one takes part in, in full; anything else of a person one shares a
 * project with only as busy time; people one shares no project with, not at all.
 */
@Component
class Visibility {

	static final String NO_SUCH_PROJECT = "schedule.project.not-found";

	private final ProjectManagement projects;

	private final IdentityManagement identity;

	Visibility(ProjectManagement projects, IdentityManagement identity) {
		this.projects = projects;
		this.identity = identity;
	}

	/**
	 * The viewer's projects (id to name) and the people whose schedules the viewer may see, the viewer first.
	 */
	record Circle(String viewerId, Map<Long, String> projectNames, Map<String, CalendarPerson> people) {

		boolean sees(String userId) {
			return people.containsKey(userId);
		}

		String nameOf(String userId) {
			CalendarPerson person = people.get(userId);
			return person == null ? userId : person.name();
		}
	}

	/**
	 * @param onlyProjects when not empty, only members of these projects (each must be one of the viewer's,
	 *        else 404 as for a missing project)
	 */
	Circle circle(String viewerId, Set<Long> onlyProjects) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (ProjectSummary project : projects.projectsOf(viewerId)) {
			names.put(project.id(), project.name());
		}
		if (!names.keySet().containsAll(onlyProjects)) {
			throw new NotFoundException(Wording.of(NO_SUCH_PROJECT));
		}
		Map<String, String> personNames = new LinkedHashMap<>();
		Map<String, Set<Long>> shared = new LinkedHashMap<>();
		personNames.put(viewerId, identity.find(viewerId).map(UserAccount::name).orElse(viewerId));
		shared.put(viewerId, new TreeSet<>());
		// The members of all the chosen projects in a fixed number of queries, not a query per project.
		Set<Long> chosen = onlyProjects.isEmpty() ? names.keySet() : onlyProjects;
		Map<Long, java.util.List<ProjectMemberView>> members = projects.membersOf(chosen, viewerId);
		for (Long projectId : names.keySet()) {
			if (!chosen.contains(projectId)) {
				continue;
			}
			for (ProjectMemberView member : members.getOrDefault(projectId, java.util.List.of())) {
				personNames.putIfAbsent(member.userId(), member.name());
				shared.computeIfAbsent(member.userId(), id -> new TreeSet<>()).add(projectId);
			}
		}
		Map<String, CalendarPerson> people = new LinkedHashMap<>();
		personNames.forEach((userId, name) -> people.put(userId,
				new CalendarPerson(userId, name, java.util.List.copyOf(shared.get(userId)))));
		return new Circle(viewerId, names, people);
	}

	Circle circle(String viewerId) {
		return circle(viewerId, Set.of());
	}

	/** Whether the viewer sees the event's title and details (else only that its owner is busy). */
	static boolean full(ScheduleEvent event, Circle circle) {
		if (event.ownerId().equals(circle.viewerId())) {
			return true;
		}
		return !event.privateEvent() && event.projectId() != null && circle.projectNames().containsKey(event.projectId());
	}
}
