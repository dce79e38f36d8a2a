package jp.kyoyu.workflow;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

import jp.kyoyu.shared.Wording;

/**
 * Removes every process instance of a business key from Camunda, running and finished, at a project's erasure
 * (issue #16): the runtime instance (its variables, tasks, jobs, incidents) and then its history (variables,
 * details, tasks, identity links, comments, attachments, operation log, decisions). Runs in the caller's
 * transaction and without a Camunda user, as the system, so no authorization stops it and no new operation log
 * entry names the instance. Other modules use it for their own processes (pre-consultation).
 */
@Service
public class ProcessErasure {

	private final RuntimeService runtime;

	private final HistoryService history;

	private final org.springframework.jdbc.core.JdbcTemplate jdbc;

	ProcessErasure(RuntimeService runtime, HistoryService history, org.springframework.jdbc.core.JdbcTemplate jdbc) {
		this.runtime = runtime;
		this.history = history;
		this.jdbc = jdbc;
	}

	/** Returns how many instances were removed. */
	public long erase(String processKey, String businessKey) {
		List<String> running = runtime.createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKey(businessKey)
			.list().stream().map(ProcessInstance::getId).toList();
		if (!running.isEmpty()) {
			runtime.deleteProcessInstancesIfExists(running, Wording.japanese("workflow.erased.reason"), true, true, true);
		}
		List<String> finished = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKey(businessKey)
			.list().stream().map(HistoricProcessInstance::getId).toList();
		if (!finished.isEmpty()) {
			history.deleteHistoricProcessInstancesIfExists(finished);
			// Camunda keeps operation log entries that name the instance only as their root (e.g. a task's
			// assignment); they go too, so nothing of the instance stays.
			for (String id : finished) {
				jdbc.update("delete from ACT_HI_OP_LOG where ROOT_PROC_INST_ID_ = ? or PROC_INST_ID_ = ?", id, id);
			}
		}
		return Math.max(running.size(), finished.size());
	}
}
