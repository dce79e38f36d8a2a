package jp.kyoyu.project;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.Wording;

/** The last step of an erasure: the project's memberships, inspectors' grants and its row; its own audit entries lose content. */
@Component
class ProjectRowsErasure implements ProjectErasure {

	private final JdbcTemplate jdbc;

	ProjectRowsErasure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String step() {
		return "project";
	}

	@Override
	public int order() {
		return 1000;
	}

	@Override
	public ErasedItems erase(long projectId) {
		// Inspectors' grants name users and dates of this project only; they go with it (counted as members).
		int members = jdbc.update("delete from inspection_grant where project_id = ?", projectId)
				+ jdbc.update("delete from project_member where project_id = ?", projectId);
		int projects = jdbc.update("delete from project where id = ?", projectId);
		return new ErasedItems(Map.of(Wording.japanese("project.erased.members"), (long) members,
				Wording.japanese("project.erased.projects"), (long) projects), List.of(),
				List.of("project:" + projectId));
	}
}
