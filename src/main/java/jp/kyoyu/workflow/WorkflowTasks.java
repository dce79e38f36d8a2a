package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.InvalidInputException;

/**
 * {@code ${workflowTasks}}: the create and complete listener of every user task. Because the bookkeeping lives
 * here, a step done in Camunda Tasklist with its form counts exactly like one done in the portal.
 */
@Component("workflowTasks")
class WorkflowTasks implements TaskListener {

	private static final List<String> FORM_VARIABLES = List.of(ACTION, COMMENT, ANSWER, PLANNED_ANSWER_DATE,
			CONFIRMED);

	private final Ledger ledger;

	private final StepBookkeeping bookkeeping;

	WorkflowTasks(Ledger ledger, StepBookkeeping bookkeeping) {
		this.ledger = ledger;
		this.bookkeeping = bookkeeping;
	}

	@Override
	public void notify(DelegateTask task) {
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			created(task);
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			completed(task);
		}
	}

	private void created(DelegateTask task) {
		TaskKind kind = kindOf(task.getTaskDefinitionKey());
		Object lastAction = task.getVariable(ACTION);
		// The previous step's answers stay in history; the next holder's form starts empty.
		FORM_VARIABLES.forEach(task.getExecution()::removeVariable);
		task.setVariableLocal(HOLDER, task.getAssignee());
		long proposalId = ((Number) task.getVariable(PROPOSAL_ID)).longValue();
		Submission submission = ledger.lock(proposalId);
		if (kind == TaskKind.APPROVE || kind == TaskKind.VIEW) {
			submission.at(((Number) task.getVariable(INDEX)).intValue());
		}
		Set<String> recipients = new LinkedHashSet<>();
		recipients.add(task.getAssignee());
		task.getCandidates().stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
			.forEach(link -> recipients.add(link.getUserId()));
		java.time.LocalDate due = task.getDueDate() == null ? null
				: task.getDueDate().toInstant().atZone(ledger.clock().getZone()).toLocalDate();
		if (kind == TaskKind.POST_REVIEW) {
			ledger.notice(NoticeKind.POST_REVIEW_REQUESTED, submission, null, null, null, due, recipients);
		}
		else if (kind != TaskKind.REVISE
				&& !ApprovalAction.SEND_BACK_TO_PREVIOUS.name().equals(String.valueOf(lastAction))) {
			// a send-back has already told its receiver (SENT_BACK); everyone else learns of a new task here
			ledger.notice(NoticeKind.TASK_ASSIGNED, submission, null, null, null, due, recipients);
		}
	}

	private void completed(DelegateTask task) {
		TaskKind kind = kindOf(task.getTaskDefinitionKey());
		TaskCompletion completion = new TaskCompletion(StepRules.action(task.getVariable(ACTION), kind),
				text(task.getVariable(COMMENT)), text(task.getVariable(ANSWER)),
				StepRules.date(task.getVariable(PLANNED_ANSWER_DATE)));
		var problems = new ArrayList<>(StepRules.problems(kind, completion, ledger.today()));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String holder = (String) task.getVariableLocal(HOLDER);
		Authentication authentication = task.getProcessEngineServices().getIdentityService()
			.getCurrentAuthentication();
		String actor = authentication != null && authentication.getUserId() != null ? authentication.getUserId()
				: task.getAssignee();
		long proposalId = ((Number) task.getVariable(PROPOSAL_ID)).longValue();
		@SuppressWarnings("unchecked")
		List<String> kinds = kind == TaskKind.APPROVE ? (List<String>) task.getVariable(KINDS) : List.of();
		int index = kind == TaskKind.APPROVE ? ((Number) task.getVariable(INDEX)).intValue() : -1;
		@SuppressWarnings("unchecked")
		List<String> route = kind == TaskKind.APPROVE ? (List<String>) task.getVariable(ROUTE) : List.of();
		bookkeeping.completed(proposalId, kind, completion, actor, holder == null ? task.getAssignee() : holder,
				route, kinds, index);
	}

	private static String text(Object value) {
		return value == null || value.toString().isBlank() ? null : value.toString();
	}
}
