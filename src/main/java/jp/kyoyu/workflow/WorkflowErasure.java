package jp.kyoyu.workflow;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.project.ErasedItems;
import jp.kyoyu.project.ProjectErasure;
import jp.kyoyu.shared.Wording;

/**
 * Erases the approval records of the project's proposals (submissions, steps, revisions, corrections) and their
 * Camunda process instances, running and finished, with everything Camunda keeps for them (issue #16).
 */
@Component
class WorkflowErasure implements ProjectErasure {

	private static final String OF_PROJECT = " where proposal_id in "
			+ "(select proposal_id from workflow_submission where project_id = ?)";

	private final JdbcTemplate jdbc;

	private final ProcessErasure processes;

	WorkflowErasure(JdbcTemplate jdbc, ProcessErasure processes) {
		this.jdbc = jdbc;
		this.processes = processes;
	}

	@Override
	public String step() {
		return "workflow";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public ErasedItems erase(long projectId) {
		List<Long> proposals = jdbc.queryForList("select proposal_id from workflow_submission where project_id = ?",
				Long.class, projectId);
		long instances = 0;
		for (long proposal : proposals) {
			instances += processes.erase(ApprovalProcess.KEY, String.valueOf(proposal));
			instances += processes.erase(ApprovalProcess.POST_REVIEW_KEY, String.valueOf(proposal));
		}
		long steps = jdbc.update("delete from workflow_history" + OF_PROJECT, projectId);
		long revisions = jdbc.update("delete from workflow_revision" + OF_PROJECT, projectId);
		long corrections = jdbc.update("delete from workflow_correction" + OF_PROJECT, projectId);
		long submissions = jdbc.update("delete from workflow_submission where project_id = ?", projectId);
		// a preference, not the project's data: not counted on the certificate
		jdbc.update("delete from workflow_list_choice where project_id = ?", projectId);
		return new ErasedItems(Map.of(Wording.japanese("workflow.erased.submissions"), submissions,
				Wording.japanese("workflow.erased.steps"), steps, Wording.japanese("workflow.erased.revisions"), revisions,
				Wording.japanese("workflow.erased.corrections"), corrections,
				Wording.japanese("workflow.erased.processes"), instances), List.of(), List.of());
	}
}
