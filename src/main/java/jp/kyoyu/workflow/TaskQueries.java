package jp.kyoyu.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectSummary;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalView;

/** The caller's open tasks: their own and those offered to them as deputy (C4.21). */
@Component
class TaskQueries {

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final SubmissionRepository submissions;

	private final ProposalManagement proposals;

	private final ProjectManagement projects;

	private final Ledger ledger;

	TaskQueries(TaskService tasks, RuntimeService runtime, SubmissionRepository submissions,
			ProposalManagement proposals, ProjectManagement projects, Ledger ledger) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.submissions = submissions;
		this.proposals = proposals;
		this.projects = projects;
		this.ledger = ledger;
	}

	List<WorkflowTask> of(String userId) {
		Map<String, Task> found = new LinkedHashMap<>();
		String[] keys = { ApprovalProcess.KEY, ApprovalProcess.POST_REVIEW_KEY };
		tasks.createTaskQuery().taskAssignee(userId).processDefinitionKeyIn(keys).list()
			.forEach(task -> found.put(task.getId(), task));
		tasks.createTaskQuery().taskCandidateUser(userId).includeAssignedTasks().processDefinitionKeyIn(keys).list()
			.forEach(task -> found.putIfAbsent(task.getId(), task));
		if (found.isEmpty()) {
			return List.of();
		}
		Map<String, String> businessKeys = runtime.createProcessInstanceQuery()
			.processInstanceIds(found.values().stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
			.list().stream()
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
		Map<Long, String> projectNames = projects.projectsOf(userId).stream()
			.collect(Collectors.toMap(ProjectSummary::id, ProjectSummary::name));
		List<WorkflowTask> result = new ArrayList<>();
		for (Task task : found.values()) {
			String key = businessKeys.get(task.getProcessInstanceId());
			if (key != null) {
				view(task, Long.parseLong(key), userId, projectNames).ifPresent(result::add);
			}
		}
		result.sort(Comparator.comparing(WorkflowTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(WorkflowTask::createdAt));
		return result;
	}

	Optional<WorkflowTask> one(String taskId, String userId) {
		return of(userId).stream().filter(task -> task.id().equals(taskId)).findFirst();
	}

	private Optional<WorkflowTask> view(Task task, long proposalId, String userId, Map<Long, String> projectNames) {
		Optional<Submission> submission = submissions.findById(proposalId);
		if (submission.isEmpty()) {
			return Optional.empty();
		}
		Submission s = submission.get();
		ProposalView proposal = proposals.describe(proposalId);
		LocalDate due = task.getDueDate() == null ? null
				: task.getDueDate().toInstant().atZone(ledger.clock().getZone()).toLocalDate();
		boolean overdue = task.getDueDate() != null && task.getDueDate().toInstant().isBefore(ledger.clock().instant());
		boolean atRisk = !overdue && due != null && s.requestedAnswerOn() != null
				&& due.isAfter(s.requestedAnswerOn());
		String onBehalfOf = userId.equals(task.getAssignee()) ? null : task.getAssignee();
		Instant created = task.getCreateTime() == null ? null : task.getCreateTime().toInstant();
		return Optional.of(new WorkflowTask(task.getId(), proposalId, s.projectId(),
				projectNames.getOrDefault(s.projectId(), ledger.projectName(s)), proposal.title(), proposal.typeName(),
				ApprovalProcess.kindOf(task.getTaskDefinitionKey()), due, overdue, atRisk, s.importance(),
				task.getAssignee(), onBehalfOf, created));
	}
}
