package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.AbsenceManagement;
import jp.kyoyu.identity.AbsencePeriod;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalStatus;
import jp.kyoyu.proposal.ProposalHeading;

/**
 * {@code ${workflowSteps...}}: what the approval process asks of the application by name — deputies, index
 * arithmetic, approve-ahead, the end of the route and the daily overdue check.
 * Public only because the engine's expression language calls public methods of public classes; other modules
 * use {@link WorkflowManagement}.
 */
@Component("workflowSteps")
public class WorkflowSteps {

	private final AbsenceManagement absences;

	private final Ledger ledger;

	private final ProposalManagement proposals;

	private final ApplicationEventPublisher events;

	private final TaskService tasks;

	private final TaskQueries taskQueries;

	private final DeputyReach reach;

	WorkflowSteps(AbsenceManagement absences, Ledger ledger, ProposalManagement proposals,
			ApplicationEventPublisher events, TaskService tasks, TaskQueries taskQueries, DeputyReach reach) {
		this.reach = reach;
		this.tasks = tasks;
		this.taskQueries = taskQueries;
		this.absences = absences;
		this.ledger = ledger;
		this.proposals = proposals;
		this.events = events;
	}

	/**
	 * The deputy of a user absent today, offered the task as candidate (C4.21); empty when present, and empty when the
	 * deputy may not see the step's project ({@link DeputyReach}). The project is read from the process the engine is
	 * deciding the candidates for, so the model's expression stays as it is for every deployed version. Decided
	 * here, before the task exists, because Camunda keeps a candidate's task authorization when the candidate is
	 * removed later.
	 */
	public List<String> deputiesOf(String userId) {
		Long projectId = currentProject();
		return absences.on(userId, ledger.today())
			.map(AbsencePeriod::deputyUserId)
			.filter(deputy -> deputy != null && !deputy.equals(userId))
			.filter(deputy -> projectId != null && reach.reaches(projectId, userId, deputy))
			.map(List::of)
			.orElse(List.of());
	}

	private static Long currentProject() {
		BpmnExecutionContext context = Context.getBpmnExecutionContext();
		Object projectId = context == null || context.getExecution() == null ? null
				: context.getExecution().getVariable(PROJECT_ID);
		return projectId instanceof Number number ? number.longValue() : null;
	}

	/** Who holds step {@code idx} of the route ({@code ${workflowSteps.holderAt(route, idx)}}). */
	public String holderAt(Object route, Object idx) {
		return Routes.holderAt(route, idx);
	}

	/** Whether the route is done: every step before {@code idx} was approved or viewed. */
	public boolean routeEnded(Object route, Object idx) {
		return Routes.ended(route, idx);
	}

	/** Whether step {@code idx} is a viewer's (confirmation only) rather than an approver's. */
	public boolean viewerAt(Object kinds, Object idx) {
		return Routes.viewerAt(kinds, idx);
	}

	/** The index of the approver before {@code idx}, or -1 (a send-back then goes to the proposer). */
	public int previousApprover(Object kinds, Object idx) {
		return Routes.previousApprover(Routes.list(kinds), ((Number) idx).intValue());
	}

	/**
	 * A later approver approved while the current one is absent (C4.22): record it, ask the skipped approver for a
	 * post-review in a process of its own (so this one can end approved). The model continues after the approver
	 * ahead ({@code idx = aheadIndex + 1}).
	 */
	public void approvedAhead(DelegateExecution execution) {
		long proposalId = ((Number) execution.getVariable(PROPOSAL_ID)).longValue();
		List<String> route = Routes.list(execution.getVariable(ROUTE));
		int skippedIndex = ((Number) execution.getVariable(INDEX)).intValue();
		String skipped = route.get(skippedIndex);
		Submission s = ledger.lock(proposalId);
		ledger.record(s, (String) execution.getVariable(AHEAD_USER), null, ApprovalAction.APPROVE_AHEAD,
				(String) execution.getVariable(AHEAD_COMMENT));
		s.received(ledger.today(), null);
		s.postReview(true);
		Map<String, Object> variables = new java.util.HashMap<>();
		for (String name : List.of(PROPOSAL_ID, PROJECT_ID, PROPOSER, IMPORTANCE, STEP_BUSINESS_DAYS, PROPOSAL_TITLE,
				DOCUMENT_TYPE_NAME, PROJECT_NAME, PROPOSER_NAME, IMPORTANCE_LABEL, SUBMIT_COMMENT, PROPOSAL_URL)) {
			variables.put(name, execution.getVariable(name));
		}
		variables.put(REVIEWER, skipped);
		execution.getProcessEngineServices().getRuntimeService()
			.startProcessInstanceByKey(POST_REVIEW_KEY, execution.getProcessBusinessKey(), variables);
	}

	/** The last step is done: the proposal is approved (a post-review may still be open). */
	public void routeCompleted(DelegateExecution execution) {
		long proposalId = ((Number) execution.getVariable(PROPOSAL_ID)).longValue();
		Submission s = ledger.lock(proposalId);
		s.completed(ledger.today(), ledger.clock().instant());
		proposals.changeStatus(proposalId, ProposalStatus.APPROVED);
		ProposalHeading proposal = ledger.heading(proposalId);
		events.publishEvent(new ProposalApproved(proposalId, s.projectId(), proposal.typeKey(), proposal.title(),
				ledger.clock().instant(), s.postReviewPending(), ledger.record(proposalId)));
		ledger.notice(NoticeKind.APPROVED, s, ledger.subject(proposal, execution.getVariable(PROJECT_NAME), s), null,
				null, null, null, List.of(s.proposerUserId()));
	}

	/**
	 * Every morning ({@code OverdueReminderProcess}): tells the holder and the deputies of every open step past its
	 * due date, one notice per step.
	 */
	public void remindOverdue() {
		Date now = Date.from(ledger.clock().instant());
		List<Task> overdue = tasks.createTaskQuery().processDefinitionKeyIn(KEY, POST_REVIEW_KEY).dueBefore(now).list();
		if (overdue.isEmpty()) {
			return;
		}
		Map<String, Long> proposalOf = taskQueries.proposalsOf(overdue);
		for (Task task : overdue) {
			Long proposalId = proposalOf.get(task.getProcessInstanceId());
			if (proposalId == null) {
				continue;
			}
			Set<String> recipients = StepHolders.of(task.getAssignee(), tasks.getIdentityLinksForTask(task.getId()));
			LocalDate due = task.getDueDate().toInstant().atZone(ledger.clock().getZone()).toLocalDate();
			ledger.lockFree(proposalId).ifPresent(s -> ledger.notice(NoticeKind.OVERDUE, s, null, null,
					null, due, new ArrayList<>(recipients)));
		}
	}

	/**
	 * Called by the per-step daily timer of approvals started on a model version before the morning reminder
	 * existed. Their overdue steps are reminded by {@link #remindOverdue()} like every other step, so this lets those
	 * timers run out without an incident and without a second mail.
	 */
	public void remindIfOverdue(DelegateExecution execution) {
		// nothing to do: remindOverdue covers every overdue step
	}
}
