package jp.kyoyu.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
import jp.kyoyu.proposal.ProposalHeading;
import jp.kyoyu.proposal.ProposalManagement;

/** The caller's open tasks: their own and those offered to them as deputy (C4.21). */
@Component
class OpenTasks {

	private static final String[] KEYS = { ApprovalProcess.KEY, ApprovalProcess.POST_REVIEW_KEY };

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final SubmissionRepository submissions;

	private final ProposalManagement proposals;

	private final ProjectManagement projects;

	private final ApprovalRecord record;

	private final TaskCompleter taskCompleter;

	OpenTasks(TaskService tasks, RuntimeService runtime, SubmissionRepository submissions,
			ProposalManagement proposals, ProjectManagement projects, ApprovalRecord record, TaskCompleter taskCompleter) {
		this.taskCompleter = taskCompleter;
		this.tasks = tasks;
		this.runtime = runtime;
		this.submissions = submissions;
		this.proposals = proposals;
		this.projects = projects;
		this.record = record;
	}

	List<WorkflowTask> of(String userId) {
		Map<String, Task> found = new LinkedHashMap<>();
		tasks.createTaskQuery().taskAssignee(userId).processDefinitionKeyIn(KEYS).list()
			.forEach(task -> found.put(task.getId(), task));
		tasks.createTaskQuery().taskCandidateUser(userId).includeAssignedTasks().processDefinitionKeyIn(KEYS).list()
			.forEach(task -> found.putIfAbsent(task.getId(), task));
		return views(found.values(), userId);
	}

	/** One open task of the caller (as holder or deputy), built alone. */
	Optional<WorkflowTask> one(String taskId, String userId) {
		Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKeyIn(KEYS).singleResult();
		if (task == null || !taskCompleter.mayAct(task, userId)) {
			return Optional.empty();
		}
		return views(List.of(task), userId).stream().findFirst();
	}

	/** Process instance id to proposal id (the business key) for the tasks' instances, in one query. */
	Map<String, Long> proposalsOf(Collection<Task> tasks) {
		return runtime.createProcessInstanceQuery()
			.processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
			.list().stream()
			.collect(Collectors.toMap(ProcessInstance::getId, instance -> Long.parseLong(instance.getBusinessKey())));
	}

	/** The tasks as the lists show them: one query each for instances, submissions and proposals, not one per task. */
	private List<WorkflowTask> views(Collection<Task> found, String userId) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<String, Long> proposalIds = proposalsOf(found);
		Map<Long, Submission> submitted = submissions.findAllById(proposalIds.values()).stream()
			.collect(Collectors.toMap(Submission::proposalId, s -> s));
		Map<Long, ProposalHeading> headings = proposals.headings(submitted.keySet());
		Map<Long, String> projectNames = projects.projectsOf(userId).stream()
			.collect(Collectors.toMap(ProjectSummary::id, ProjectSummary::name));
		List<WorkflowTask> result = new ArrayList<>();
		for (Task task : found) {
			Long proposalId = proposalIds.get(task.getProcessInstanceId());
			Submission s = proposalId == null ? null : submitted.get(proposalId);
			// a deputy sees a step only on a project of their own (DeputyReach); older offers may still exist
			boolean visible = userId.equals(task.getAssignee()) || (s != null && projectNames.containsKey(s.projectId()));
			if (s != null && headings.containsKey(proposalId) && visible) {
				result.add(view(task, s, headings.get(proposalId), userId, projectNames));
			}
		}
		result.sort(Comparator.comparing(WorkflowTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(WorkflowTask::createdAt));
		return result;
	}

	private WorkflowTask view(Task task, Submission s, ProposalHeading proposal, String userId,
			Map<Long, String> projectNames) {
		LocalDate due = task.getDueDate() == null ? null
				: task.getDueDate().toInstant().atZone(record.clock().getZone()).toLocalDate();
		boolean overdue = task.getDueDate() != null && task.getDueDate().toInstant().isBefore(record.clock().instant());
		boolean atRisk = !overdue && due != null && s.requestedAnswerOn() != null
				&& due.isAfter(s.requestedAnswerOn());
		String onBehalfOf = userId.equals(task.getAssignee()) ? null : task.getAssignee();
		Instant created = task.getCreateTime() == null ? null : task.getCreateTime().toInstant();
		return new WorkflowTask(task.getId(), s.proposalId(), s.projectId(),
				projectNames.getOrDefault(s.projectId(), record.projectName(s)), proposal.title(), proposal.typeName(),
				ApprovalProcess.kindOf(task.getTaskDefinitionKey()), due, overdue, atRisk, s.importance(),
				task.getAssignee(), onBehalfOf, created);
	}
}
