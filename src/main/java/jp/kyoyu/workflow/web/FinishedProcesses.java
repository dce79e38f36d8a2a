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
import jp.kyoyu.workflow.ApprovalAudit;

/**
 * Reads process instances and their user-task steps from Camunda's history (history level FULL), for the
 * auditors' read-only page. An approval's steps are read from Kyoyu's approval record and checked against what
 * Camunda recorded ({@link RecordCrossCheck}); other processes show what Camunda recorded.
 */
@Component
class FinishedProcesses {

	/** The approval process, shown first; its business key is the proposal id. */
	static final String APPROVAL_PROCESS = ApprovalAudit.APPROVAL_PROCESS;

	/** Which instances a search finds. */
	enum State {
		FINISHED, RUNNING, ALL;

		static State of(String value) {
			for (State state : values()) {
				if (state.name().equalsIgnoreCase(value)) {
					return state;
				}
			}
			return FINISHED;
		}
	}

	private final HistoryService history;

	private final RepositoryService repository;

	private final IdentityManagement identity;

	private final RecordCrossCheck crossCheck;

	FinishedProcesses(HistoryService history, RepositoryService repository, IdentityManagement identity,
			RecordCrossCheck crossCheck) {
		this.history = history;
		this.repository = repository;
		this.identity = identity;
		this.crossCheck = crossCheck;
	}

	record Step(String name, String assigneeId, String assigneeName, Instant startedAt, Instant endedAt) {
	}

	/**
	 * @param record the approval record's rows checked against Camunda, or {@literal null} for a process that
	 *        has no record (then {@code steps} is what Camunda recorded)
	 */
	record FinishedProcess(String id, String businessKey, String definitionName, int version, Instant startedAt,
			Instant endedAt, Duration duration, String state, List<Step> steps, List<AuditedStep> record) {

		public boolean hasMismatch() {
			return record != null && record.stream().anyMatch(step -> step.mismatch() != null);
		}
	}

	/** A deployed process with its (Japanese) name from the model and how many instances run and have finished. */
	record ProcessChoice(String key, String name, long running, long finished) {
	}

	/**
	 * Every deployed process by its key, with the name of its latest version: the approval first, then by name.
	 * Counted over all versions, as the list below finds them.
	 */
	Map<String, ProcessChoice> processes() {
		Map<String, ProcessChoice> choices = new java.util.LinkedHashMap<>();
		repository.createProcessDefinitionQuery()
			.latestVersion()
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing((ProcessDefinition d) -> !APPROVAL_PROCESS.equals(d.getKey()))
				.thenComparing(d -> d.getName() == null ? d.getKey() : d.getName()))
			.forEach(d -> choices.put(d.getKey(), new ProcessChoice(d.getKey(), d.getName() == null ? d.getKey() : d.getName(),
					history.createHistoricProcessInstanceQuery().processDefinitionKey(d.getKey()).unfinished().count(),
					history.createHistoricProcessInstanceQuery().processDefinitionKey(d.getKey()).finished().count())));
		return choices;
	}

	/**
	 * One instance, running or finished, as the Cockpit plugin shows it.
	 *
	 * @param checked the steps are the approval record's, checked against Camunda; otherwise Camunda's own
	 */
	record AuditedProcess(String id, String processKey, String processName, String businessKey, String state,
			Instant startedAt, Instant endedAt, boolean checked, List<AuditedStep> steps) {
	}

	java.util.Optional<AuditedProcess> one(String processInstanceId) {
		HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		if (instance == null) {
			return java.util.Optional.empty();
		}
		boolean checked = RecordCrossCheck.checks(instance);
		return java.util.Optional.of(new AuditedProcess(instance.getId(), instance.getProcessDefinitionKey(),
				instance.getProcessDefinitionName() == null ? instance.getProcessDefinitionKey()
						: instance.getProcessDefinitionName(),
				instance.getBusinessKey(), instance.getState(), instant(instance.getStartTime()),
				instant(instance.getEndTime()), checked,
				checked ? crossCheck.stepsOf(instance) : crossCheck.engineStepsOf(instance)));
	}

	/** Newest first; {@code businessKey} matches exactly when given (a proposal id). */
	Page<FinishedProcess> find(String processKey, String businessKey, State state, int page, int size) {
		HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(processKey);
		if (state == State.FINISHED) {
			query.finished();
		}
		else if (state == State.RUNNING) {
			query.unfinished();
		}
		if (businessKey != null && !businessKey.isBlank()) {
			query.processInstanceBusinessKey(businessKey.trim());
		}
		long total = query.count();
		Map<String, String> names = new HashMap<>();
		// Running instances have no end time; they sort by start among themselves.
		List<FinishedProcess> found = (state == State.FINISHED ? query.orderByProcessInstanceEndTime()
				: query.orderByProcessInstanceStartTime())
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
				millis == null ? null : Duration.ofMillis(millis), instance.getState(), steps,
				RecordCrossCheck.checks(instance) ? crossCheck.stepsOf(instance) : null);
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
