package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.AbsenceManagement;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalStatus;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;

/** Completing tasks and approving ahead, from the portal or the JSON API. */
@Component
class TaskActions {

	static final String TASK_NOT_FOUND = "タスクが見つかりません。";

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final ProposalManagement proposals;

	private final AbsenceManagement absences;

	private final Ledger ledger;

	private final Routes routes;

	private final EngineCalls engine;

	TaskActions(TaskService tasks, RuntimeService runtime, HistoryService history, ProposalManagement proposals,
			AbsenceManagement absences, Ledger ledger, Routes routes, EngineCalls engine) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.history = history;
		this.proposals = proposals;
		this.absences = absences;
		this.ledger = ledger;
		this.routes = routes;
		this.engine = engine;
	}

	void complete(String taskId, TaskCompletion completion, String userId) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			var done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
			if (done != null && done.getEndTime() != null && mayRead(done.getProcessInstanceId(), userId)) {
				throw new StepConflictException(EngineCalls.ALREADY_DONE);
			}
			throw new NotFoundException(TASK_NOT_FOUND);
		}
		long proposalId = proposalOf(task.getProcessInstanceId());
		proposals.get(proposalId, userId);
		if (!mayAct(task, userId)) {
			throw new ForbiddenException("このタスクはあなたの担当ではありません（代理者として登録されてもいません）。");
		}
		TaskKind kind = kindOf(task.getTaskDefinitionKey());
		var problems = StepRules.problems(kind, completion, ledger.today());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		ledger.lock(proposalId); // a concurrent action on this proposal waits here, then finds the task gone
		if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
			throw new StepConflictException(EngineCalls.ALREADY_DONE);
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put(ACTION, completion.action().name());
		variables.put(COMMENT, completion.comment());
		variables.put(ANSWER, completion.answer());
		variables.put(PLANNED_ANSWER_DATE,
				completion.plannedAnswerDate() == null ? null : completion.plannedAnswerDate().toString());
		if (kind == TaskKind.VIEW) {
			variables.put(CONFIRMED, true);
		}
		engine.run(userId, () -> tasks.complete(taskId, variables));
	}

	/** A later approver approves while the current approver is absent (C4.22). */
	void approveAhead(long proposalId, String comment, String userId) {
		proposals.get(proposalId, userId);
		if (comment != null && comment.length() > StepRules.MAX_TEXT) {
			throw new InvalidInputException("comment", "「コメント」は" + StepRules.MAX_TEXT + "文字以内にしてください。");
		}
		Submission s = ledger.lock(proposalId);
		int ahead = aheadIndex(s, userId);
		engine.run(userId, () -> runtime.createMessageCorrelation(MESSAGE_APPROVE_AHEAD)
			.processInstanceBusinessKey(String.valueOf(proposalId))
			.setVariable(AHEAD_USER, userId)
			.setVariable(AHEAD_INDEX, ahead)
			.setVariable(AHEAD_COMMENT, comment == null || comment.isBlank() ? null : comment.strip())
			.correlateWithResult());
	}

	boolean mayApproveAhead(long proposalId, String userId) {
		try {
			proposals.get(proposalId, userId);
			return ledger.lockFree(proposalId).map(s -> {
				aheadIndex(s, userId);
				return true;
			}).orElse(false);
		}
		catch (RuntimeException e) {
			return false;
		}
	}

	private int aheadIndex(Submission s, String userId) {
		List<RouteStep> route = routes.read(s.routeJson());
		boolean atApprover = s.status() == ProposalStatus.IN_REVIEW && s.currentIndex() < route.size()
				&& route.get(s.currentIndex()).role() == RouteRole.APPROVER;
		if (!atApprover) {
			throw new StepConflictException("この書類は今、承認者の手順にありません。");
		}
		List<String> kinds = route.stream().map(step -> step.role().name()).toList();
		int next = Routes.nextApprover(kinds, s.currentIndex());
		if (next < 0 || !route.get(next).userId().equals(userId)) {
			throw new ForbiddenException("先行承認できるのは、今の承認者の次の承認者だけです。");
		}
		String current = route.get(s.currentIndex()).userId();
		if (absences.on(current, ledger.today()).isEmpty()) {
			throw new ForbiddenException("今の承認者（" + ledger.nameOf(current) + "）は不在の登録がないため、先行承認できません。");
		}
		return next;
	}

	boolean mayAct(Task task, String userId) {
		if (userId.equals(task.getAssignee())) {
			return true;
		}
		return tasks.getIdentityLinksForTask(task.getId()).stream()
			.anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && userId.equals(link.getUserId()));
	}

	long proposalOf(String processInstanceId) {
		ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
			.singleResult();
		if (instance == null) {
			throw new StepConflictException(EngineCalls.ALREADY_DONE);
		}
		return Long.parseLong(instance.getBusinessKey());
	}

	private boolean mayRead(String processInstanceId, String userId) {
		var instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
			.singleResult();
		try {
			proposals.get(Long.parseLong(instance.getBusinessKey()), userId);
			return true;
		}
		catch (RuntimeException e) {
			return false;
		}
	}
}
