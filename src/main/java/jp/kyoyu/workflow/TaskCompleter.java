package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.AbsenceManagement;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalStatus;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/** Completing tasks and approving ahead, from the portal or the JSON API. */
@Component
class TaskCompleter {

	static final String TASK_NOT_FOUND = "workflow.task.notFound";

	/** The flow of the current model that approve-ahead takes (bpmn/proposal-approval.bpmn). */
	private static final String FLOW_APPROVED_AHEAD = "Flow_ApprovedAhead";

	private static final String NOT_AT_APPROVER = "workflow.ahead.notAtApprover";

	private final TaskService tasks;

	private final HistoryService history;

	private final RepositoryService repository;

	private final ProposalManagement proposals;

	private final ProjectManagement projects;

	private final AbsenceManagement absences;

	private final ApprovalRecord record;

	private final Routes routes;

	private final EngineCalls engine;

	TaskCompleter(TaskService tasks, HistoryService history, RepositoryService repository, ProposalManagement proposals,
			AbsenceManagement absences, ApprovalRecord record, Routes routes, EngineCalls engine, ProjectManagement projects) {
		this.projects = projects;
		this.tasks = tasks;
		this.history = history;
		this.repository = repository;
		this.proposals = proposals;
		this.absences = absences;
		this.record = record;
		this.routes = routes;
		this.engine = engine;
	}

	/**
	 * A concurrent action on the same proposal waits on the row lock; when its turn comes the engine no longer finds
	 * the task (or finds it changed) and EngineCalls answers 409. The checks run before the engine call, and the call
	 * reads the task again: read once in the same call before the lock, the waiting side would complete a step
	 * another had just ended (the engine then fails instead of answering 409), and a refused check would be logged
	 * by the engine as its own error.
	 */
	void complete(String taskId, TaskCompletion completion, String userId) {
		EngineCalls.OpenTask open = engine.openTask(taskId).orElseThrow(() -> goneOrUnknown(taskId, userId));
		Task task = open.task();
		Submission submission = record.lock(open.proposalId());
		projects.requireVisible(submission.projectId(), userId); // a submitted proposal is readable by the project
		if (!mayAct(task, userId)) {
			throw new ForbiddenException(Wording.of("workflow.task.notYours"));
		}
		TaskKind kind = kindOf(task.getTaskDefinitionKey());
		var problems = new java.util.ArrayList<>(StepRules.problems(kind, completion, record.today()));
		if (kind == TaskKind.APPROVE) {
			problems.addAll(StepRules.answerDateProblems(completion, submission.proposedOn(),
					routes.atLastApprover(submission)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		engine.run(userId, () -> tasks.complete(taskId, formVariables(kind, completion)));
	}

	/** 409 for a step the caller could see that is already done, 404 for anything else. */
	private RuntimeException goneOrUnknown(String taskId, String userId) {
		var done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
		if (done != null && done.getEndTime() != null && mayRead(done.getProcessInstanceId(), userId)) {
			return new StepConflictException(Wording.of(EngineCalls.ALREADY_DONE));
		}
		return new NotFoundException(Wording.of(TASK_NOT_FOUND));
	}

	/**
	 * What the step's form would submit, as transient variables: the gateway after the task and the complete
	 * listener read them within this one engine call, and the approval record keeps them, so writing them to the
	 * process (and, with history FULL, to its history) would only cost rows. A step done in Tasklist submits them
	 * as ordinary variables and the create listener of the next task removes those.
	 */
	private static VariableMap formVariables(TaskKind kind, TaskCompletion completion) {
		VariableMap variables = Variables.createVariables()
			.putValueTyped(ACTION, Variables.stringValue(completion.action().name(), true))
			.putValueTyped(COMMENT, Variables.stringValue(completion.comment(), true))
			.putValueTyped(ANSWER, Variables.stringValue(completion.answer(), true))
			.putValueTyped(PLANNED_ANSWER_DATE, Variables.stringValue(text(completion.plannedAnswerDate()), true))
			.putValueTyped(INTERIM_ANSWER_DATE, Variables.stringValue(text(completion.interimAnswerDate()), true))
			.putValueTyped(FINAL_ANSWER_DATE, Variables.stringValue(text(completion.finalAnswerDate()), true));
		if (kind == TaskKind.VIEW) {
			variables.putValueTyped(CONFIRMED, Variables.booleanValue(true, true));
		}
		return variables;
	}

	private static String text(java.time.LocalDate date) {
		return date == null ? null : date.toString();
	}

	/**
	 * A later approver approves while the current approver is absent (C4.22): they end the absent approver's step
	 * with {@code APPROVE_AHEAD}; the complete listener checks the rule again and the model asks for the post-review.
	 */
	void approveAhead(long proposalId, String comment, String userId) {
		proposals.requireReadable(proposalId, userId);
		if (comment != null && comment.length() > StepRules.MAX_TEXT) {
			throw new InvalidInputException("comment", Wording.of("workflow.step.comment.tooLong", StepRules.MAX_TEXT));
		}
		Submission s = record.lock(proposalId);
		aheadIndex(s, userId);
		Task current = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(proposalId))
			.processDefinitionKey(KEY).taskDefinitionKey(TASK_APPROVE).singleResult();
		if (current == null) {
			throw new StepConflictException(Wording.of(NOT_AT_APPROVER));
		}
		BpmnModelInstance model = repository.getBpmnModelInstance(current.getProcessDefinitionId());
		if (model.getModelElementById(FLOW_APPROVED_AHEAD) == null) {
			// An approval started on a model version before approve-ahead became a completion: there the completion
			// would count as a send-back. docs/processes.md says how to move such instances to the current version.
			throw new StepConflictException(Wording.of("workflow.ahead.oldModel"));
		}
		VariableMap variables = Variables.createVariables()
			.putValueTyped(ACTION, Variables.stringValue(ApprovalAction.APPROVE_AHEAD.name(), true))
			.putValueTyped(COMMENT, Variables.stringValue(comment, true));
		engine.run(userId, () -> tasks.complete(current.getId(), variables));
	}

	boolean mayApproveAhead(long proposalId, String userId) {
		try {
			proposals.requireReadable(proposalId, userId);
			return record.lockFree(proposalId).map(s -> {
				aheadIndex(s, userId);
				return true;
			}).orElse(false);
		}
		catch (RuntimeException e) {
			return false;
		}
	}

	/** The route index of {@code userId} if they may approve ahead now; 403 or 409 with the reason otherwise. */
	int aheadIndex(Submission s, String userId) {
		List<RouteStep> route = routes.read(s.routeJson());
		boolean atApprover = proposals.status(s.proposalId()) == ProposalStatus.IN_REVIEW && s.currentIndex() < route.size()
				&& route.get(s.currentIndex()).role() == RouteRole.APPROVER;
		if (!atApprover) {
			throw new StepConflictException(Wording.of(NOT_AT_APPROVER));
		}
		List<String> kinds = route.stream().map(step -> step.role().name()).toList();
		int next = Routes.nextApprover(kinds, s.currentIndex());
		if (next < 0 || !route.get(next).userId().equals(userId)) {
			throw new ForbiddenException(Wording.of("workflow.ahead.notNext"));
		}
		String current = route.get(s.currentIndex()).userId();
		if (absences.on(current, record.today()).isEmpty()) {
			throw new ForbiddenException(Wording.of("workflow.ahead.notAbsent", record.nameOf(current)));
		}
		return next;
	}

	boolean mayAct(Task task, String userId) {
		// the assignee needs no lookup of the candidates
		return userId.equals(task.getAssignee())
				|| StepHolders.of(null, tasks.getIdentityLinksForTask(task.getId())).contains(userId);
	}

	private boolean mayRead(String processInstanceId, String userId) {
		var instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
			.singleResult();
		try {
			proposals.requireReadable(Long.parseLong(instance.getBusinessKey()), userId);
			return true;
		}
		catch (RuntimeException e) {
			return false;
		}
	}
}
