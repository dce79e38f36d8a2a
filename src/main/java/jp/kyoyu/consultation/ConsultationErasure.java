package jp.kyoyu.consultation;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.project.ErasedItems;
import jp.kyoyu.project.ProjectErasure;

/**
 * Erases the project's matters with comments, files and their pre-consultation processes (issue #16); the
 * processes through {@link ConsultationProcess#erase}, since the engine is the workflow module's.
 */
@Component
class ConsultationErasure implements ProjectErasure {

	private static final String OF_PROJECT = " where matter_id in (select id from consultation_matter where project_id = ?)";

	private final JdbcTemplate jdbc;

	private final ConsultationProcess processes;

	private final ConsultationWording wording;

	ConsultationErasure(JdbcTemplate jdbc, ConsultationProcess processes, ConsultationWording wording) {
		this.jdbc = jdbc;
		this.processes = processes;
		this.wording = wording;
	}

	@Override
	public String step() {
		return "consultation";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public ErasedItems erase(long projectId) {
		List<Long> matters = jdbc.queryForList("select id from consultation_matter where project_id = ?", Long.class,
				projectId);
		long instances = 0;
		for (long matter : matters) {
			instances += processes.erase(matter);
		}
		List<Long> files = jdbc.queryForList("select file_id from consultation_file" + OF_PROJECT, Long.class, projectId);
		jdbc.update("delete from consultation_file" + OF_PROJECT, projectId);
		long comments = jdbc.update("delete from consultation_comment" + OF_PROJECT, projectId);
		long deleted = jdbc.update("delete from consultation_matter where project_id = ?", projectId);
		return new ErasedItems(Map.of(wording.recorded("consultation.erased.matters"), deleted,
				wording.recorded("consultation.erased.comments"), comments,
				wording.recorded("consultation.erased.processes"), instances),
				files, matters.stream().map(id -> "consultation:" + id).toList());
	}
}
