package jp.kyoyu.workflow.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;

/**
 * Reads finished process instances and their user-task steps from Camunda's history (history level FULL), for
 * the auditors' read-only page. Read straight from the engine, so it shows what Camunda recorded, whatever the
 * workflow's own tables say.
 */
@Component
class FinishedProcesses {

	/** The approval process; its business key is the proposal id. */
	static final String APPROVAL_PROCESS = "proposal-approval";

	private final HistoryService history;

	private final RepositoryService repository;

	private final IdentityManagement identity;

	FinishedProcesses(HistoryService history, RepositoryService repository, IdentityManagement identity) {
		this.history = history;
		this.repository = repository;
		this.identity = identity;
	}

	record Step(String name, String assigneeId, String assigneeName, Instant startedAt, Instant endedAt) {
	}

	record FinishedProcess(String id, String businessKey, String definitionName, int version, Instant startedAt,
			Instant endedAt, Duration duration, String state, List<Step> steps) {
	}

	/** Every deployed process key with its latest name, so auditors can look at other processes too. */
	Map<String, String> processes() {
		Map<String, String> names = new java.util.TreeMap<>();
		names.put(APPROVAL_PROCESS, APPROVAL_PROCESS);
		for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
			names.put(definition.getKey(), definition.getName() == null ? definition.getKey() : definition.getName());
		}
		return names;
	}

	/** Newest first; {@code businessKey} matches exactly when given (a proposal id). */
	Page<FinishedProcess> find(String processKey, String businessKey, int page, int size) {
		HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.finished();
		if (businessKey != null && !businessKey.isBlank()) {
			query.processInstanceBusinessKey(businessKey.trim());
		}
		long total = query.count();
		Map<String, String> names = new HashMap<>();
		List<FinishedProcess> found = query.orderByProcessInstanceEndTime()
			.desc()
			.listPage(page * size, size)
			.stream()
			.map(instance -> toView(instance, names))
			.toList();
		return new PageImpl<>(found, PageRequest.of(page, size), total);
	}

	private FinishedProcess toView(HistoricProcessInstance instance, Map<String, String> names) {
		List<Step> steps = history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.activityType("userTask")
			// Steps done within the same millisecond keep the order they happened in.
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.orderPartiallyByOccurrence()
			.asc()
			.list()
			.stream()
			.map(activity -> toStep(activity, names))
			.toList();
		Long millis = instance.getDurationInMillis();
		return new FinishedProcess(instance.getId(), instance.getBusinessKey(),
				instance.getProcessDefinitionName() == null ? instance.getProcessDefinitionKey()
						: instance.getProcessDefinitionName(),
				instance.getProcessDefinitionVersion() == null ? 0 : instance.getProcessDefinitionVersion(),
				instant(instance.getStartTime()), instant(instance.getEndTime()),
				millis == null ? null : Duration.ofMillis(millis), instance.getState(), steps);
	}

	private Step toStep(HistoricActivityInstance activity, Map<String, String> names) {
		String assignee = activity.getAssignee();
		String name = assignee == null ? null
				: names.computeIfAbsent(assignee, id -> identity.find(id).map(UserAccount::name).orElse(id));
		return new Step(activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName(),
				assignee, name, instant(activity.getStartTime()), instant(activity.getEndTime()));
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}
}
