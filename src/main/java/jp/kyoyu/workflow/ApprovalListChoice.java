package jp.kyoyu.workflow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.project.ProjectListing;
import jp.kyoyu.project.ProjectManagement;

/**
 * The projects each user chose for the approval list across projects (C4.5), kept so the list opens on them next
 * time. No rows mean all of the user's projects. A plain table of pairs: a preference, not the approval's data.
 */
@Component
class ApprovalListChoice {

	private final JdbcTemplate jdbc;

	private final ProjectManagement projects;

	ApprovalListChoice(JdbcTemplate jdbc, ProjectManagement projects) {
		this.jdbc = jdbc;
		this.projects = projects;
	}

	/**
	 * The remembered projects the user still sees (empty = all). A project the user has left since drops out here
	 * rather than making the list answer 404 for a choice made while they belonged to it.
	 */
	@Transactional(readOnly = true)
	List<Long> of(String userId) {
		List<Long> chosen = jdbc.queryForList(
				"select project_id from workflow_list_choice where user_id = ? order by project_id", Long.class, userId);
		if (chosen.isEmpty()) {
			return List.of();
		}
		Set<Long> visible = new java.util.HashSet<>(
				projects.visibleProjects(userId).stream().map(ProjectListing::id).toList());
		return chosen.stream().filter(visible::contains).toList();
	}

	/** Replaces the choice; every project must be one the user sees (404 otherwise, like any other project). */
	@Transactional
	List<Long> remember(String userId, List<Long> projectIds) {
		Set<Long> ids = new LinkedHashSet<>(projectIds == null ? List.of() : projectIds);
		ids.remove(null);
		ids.forEach(id -> projects.get(id, userId));
		jdbc.update("delete from workflow_list_choice where user_id = ?", userId);
		ids.forEach(id -> jdbc.update("insert into workflow_list_choice (user_id, project_id) values (?, ?)", userId,
				id));
		return List.copyOf(ids);
	}

	/** The erased project leaves every user's choice. */
	void forget(long projectId) {
		jdbc.update("delete from workflow_list_choice where project_id = ?", projectId);
	}
}
