package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.proposal.NoticeKind;
import jp.kyoyu.proposal.ProposalHeading;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/**
 * {@code ${workflowTasks}}: the create and complete listener of every user task. Because the stepCompletion lives
 * here, a step done in Camunda Tasklist with its form counts exactly like one done in the portal.
 */
@Component("workflowTasks")
class StepListener implements TaskListener {

	private static final List<String> FORM_VARIABLES = List.of(ACTION, COMMENT, ANSWER, PLANNED_ANSWER_DATE,
			INTERIM_ANSWER_DATE, FINAL_ANSWER_DATE, CONFIRMED);

	private final ApprovalRecord record;

	private final StepCompletion stepCompletion;

	private final TaskCompleter taskCompleter;

	private final WorkflowMetrics metrics;

	private final Routes routes;

	StepListener(ApprovalRecord record, StepCompletion stepCompletion, TaskCompleter taskCompleter,
			WorkflowMetrics metrics, Routes routes) {
		this.metrics = metrics;
		this.routes = routes;
		this.taskCompleter = taskCompleter;
		this.record = record;
		this.stepCompletion = stepCompletion;
	}

	@Override
	public void notify(DelegateTask task) {
		try {
			if (EVENTNAME_CREATE.equals(task.getEventName())) {
				created(task);
			}
			else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
				completed(task);
			}
		}
		catch (RuntimeException e) {
			// Camunda's REST API (Tasklist, scripts) would answer any of these with a 500 quoting the exception;
			// the engine REST error filter answers with what is remembered here instead (400 with the form's problems).
			StepRefusals.remember(e);
			throw e;
		}
	}

	private void created(DelegateTask task) {
		TaskKind kind = kindOf(task.getTaskDefinitionKey());
		// A new task has no variables of its own: reading the process's directly saves asking the database for them.
		DelegateExecution process = task.getExecution();
		Object lastAction = process.getVariable(ACTION);
		// The previous step's answers stay in history; the next holder's form starts empty.
		FORM_VARIABLES.forEach(process::removeVariable);
		long proposalId = ((Number) process.getVariable(PROPOSAL_ID)).longValue();
		Submission submission = record.lock(proposalId);
		if (kind == TaskKind.APPROVE || kind == TaskKind.VIEW) {
			submission.at(((Number) process.getVariable(INDEX)).intValue());
		}
		// Tasklist's form decides itself whether to offer 「前の承認者へ差し戻す」, from the process's kinds and idx
		// (forms/approval-decision.form): a task variable for it cost four statements per step (issue #21).
		Set<String> recipients = StepHolders.of(task.getAssignee(), task.getCandidates());
		java.time.LocalDate due = task.getDueDate() == null ? null
				: task.getDueDate().toInstant().atZone(record.clock().getZone()).toLocalDate();
		// The mail names whoever caused this task: the latest entry of the record is the submission, the previous
		// approval (a deputy's with whom they stood in for) or, for a post-review, the approval made ahead.
		if (kind == TaskKind.POST_REVIEW) {
			record.noticeOf(record.lastStep(submission), NoticeKind.POST_REVIEW_REQUESTED, submission,
					subject(process, proposalId, submission), due, recipients);
		}
		else if (kind != TaskKind.REVISE
				&& !ApprovalAction.SEND_BACK_TO_PREVIOUS.name().equals(String.valueOf(lastAction))) {
			// a send-back has already told its receiver (SENT_BACK); everyone else learns of a new task here
			record.noticeOf(record.lastStep(submission), NoticeKind.TASK_ASSIGNED, submission,
					subject(process, proposalId, submission), due, recipients);
		}
	}

	private void completed(DelegateTask task) {
		TaskKind kind = kindOf(task.getTaskDefinitionKey());
		// The form's answers (portal, Tasklist or REST) and the route live on the process, never on the task itself:
		// reading the process directly saves asking the database for the task's own (always empty) variables.
		DelegateExecution process = task.getExecution();
		int sendBackTo = kind == TaskKind.APPROVE ? sendBackTo(process) : -1;
		if (kind == TaskKind.APPROVE
				&& ApprovalAction.APPROVE_AHEAD.name().equals(String.valueOf(process.getVariable(ACTION)))) {
			approvedAhead(task, process);
			metrics.stepCompleted(task, kind);
			return;
		}
		TaskCompletion completion = new TaskCompletion(StepRules.action(process.getVariable(ACTION), kind),
				text(process.getVariable(COMMENT)), text(process.getVariable(ANSWER)),
				StepRules.date(process.getVariable(PLANNED_ANSWER_DATE)),
				StepRules.date(process.getVariable(INTERIM_ANSWER_DATE), INTERIM_ANSWER_DATE),
				StepRules.date(process.getVariable(FINAL_ANSWER_DATE), FINAL_ANSWER_DATE));
		var problems = new ArrayList<>(StepRules.problems(kind, completion, record.today()));
		if (completion.action() == ApprovalAction.SEND_BACK_TO_PREVIOUS && sendBackTo < 0) {
			// the first approver has nobody before them; the portal and the form do not offer it, a REST call may
			problems.add(new FieldProblem(ACTION, Wording.of("workflow.step.action.noPrevious")));
		}
		if (kind == TaskKind.APPROVE) {
			Submission submission = record.lock(((Number) process.getVariable(PROPOSAL_ID)).longValue());
			problems.addAll(StepRules.answerDateProblems(completion, submission.proposedOn(),
					routes.atLastApprover(submission)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String actor = actor(task);
		long proposalId = ((Number) process.getVariable(PROPOSAL_ID)).longValue();
		String sendBackHolder = sendBackTo < 0 ? null : Routes.holderAt(process.getVariable(ROUTE), sendBackTo);
		ProposalHeading resubmitted = stepCompletion.completed(proposalId, completion, actor, holderOf(process, kind),
				sendBackHolder, subject(process, proposalId, record.lock(proposalId)));
		if (resubmitted != null) {
			// the revision may have renamed the document; forms and notices of the next steps show the new title
			process.setVariable(PROPOSAL_TITLE, resubmitted.title());
		}
		metrics.stepCompleted(task, kind);
	}

	/**
	 * Where the approver's decision sends the proposal back ({@link Routes#sendBackTo}), handed to the model as the
	 * transient {@code sendBackTo}: the gateway after the task reads it in the same call, nothing needs keeping.
	 * Set for every decision, so the gateway's condition always finds it.
	 */
	private static int sendBackTo(DelegateExecution process) {
		int sendBackTo = Routes.sendBackTo(process.getVariable(ACTION), process.getVariable(KINDS),
				process.getVariable(INDEX));
		process.setVariable(SEND_BACK_TO, Variables.integerValue(sendBackTo, true));
		return sendBackTo;
	}

	/**
	 * The proposal's title and type and the project's name as the process carries them for its task forms (the title
	 * kept current on every resubmission), so the notice of a new step needs no lookups.
	 */
	private ApprovalRecord.Subject subject(DelegateExecution process, long proposalId, Submission submission) {
		Object title = process.getVariable(PROPOSAL_TITLE);
		Object typeName = process.getVariable(DOCUMENT_TYPE_NAME);
		ProposalHeading proposal = title == null || typeName == null ? record.heading(proposalId)
				: new ProposalHeading(proposalId, submission.projectId(), null, typeName.toString(), title.toString());
		return record.subject(proposal, process.getVariable(PROJECT_NAME), submission);
	}

	/**
	 * A later approver ends the absent approver's step (the portal's approve-ahead). The rule is checked here again,
	 * whichever way the completion came (Tasklist and REST can send the same variables), and the model's next steps
	 * read who approved ahead from what was checked, not from what was sent. The record entry is written by
	 * {@code ${postReviewRequest}} on the way to the post-review.
	 */
	private void approvedAhead(DelegateTask task, DelegateExecution process) {
		String actor = actor(task);
		Submission submission = record.lock(((Number) process.getVariable(PROPOSAL_ID)).longValue());
		int ahead = taskCompleter.aheadIndex(submission, actor);
		process.setVariable(AHEAD_USER, actor);
		process.setVariable(AHEAD_INDEX, ahead);
		process.setVariable(AHEAD_COMMENT, text(process.getVariable(COMMENT)));
	}

	/**
	 * Whose step it is: the person the model assigned it to. Not the task's assignee, which changes when a deputy
	 * claims the task in Tasklist, and the record must still say on whose behalf the deputy acted.
	 */
	private static String holderOf(DelegateExecution process, TaskKind kind) {
		return switch (kind) {
			case APPROVE, VIEW -> Routes.holderAt(process.getVariable(ROUTE), process.getVariable(INDEX));
			case REVISE -> (String) process.getVariable(PROPOSER);
			case POST_REVIEW -> (String) process.getVariable(REVIEWER);
		};
	}

	/** Who completes the task: the authenticated user (a deputy, a Tasklist user), else its assignee. */
	private static String actor(DelegateTask task) {
		Authentication authentication = task.getProcessEngineServices().getIdentityService()
			.getCurrentAuthentication();
		return authentication != null && authentication.getUserId() != null ? authentication.getUserId()
				: task.getAssignee();
	}

	private static String text(Object value) {
		return value == null || value.toString().isBlank() ? null : value.toString();
	}
}
