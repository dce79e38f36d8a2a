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
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.AbsenceManagement;
import jp.kyoyu.identity.AbsencePeriod;
import jp.kyoyu.proposal.NoticeKind;

/**
 * {@code ${workflowSteps...}}: what the approval process asks of the application by name — deputies, index
 * arithmetic, approve-ahead, the end of the route and the daily overdue check.
 * Public only because the engine's expression language calls public methods of public classes; other modules
 * use {@link WorkflowManagement}.
 */
@Component("workflowSteps")
public class ModelExpressions {

	private final AbsenceManagement absences;

	private final ApprovalRecord record;

	private final TaskService tasks;

	private final OpenTasks openTasks;

	private final DeputyReach reach;

	private final PostReviewRequest postReviewRequest;

	private final RouteCompletion routeCompletion;

	ModelExpressions(AbsenceManagement absences, ApprovalRecord record, TaskService tasks, OpenTasks openTasks, DeputyReach reach, PostReviewRequest postReviewRequest,
			RouteCompletion routeCompletion) {
		this.postReviewRequest = postReviewRequest;
		this.routeCompletion = routeCompletion;
		this.reach = reach;
		this.tasks = tasks;
		this.openTasks = openTasks;
		this.absences = absences;
		this.record = record;
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
		return absences.on(userId, record.today())
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

	// Approvals started on model versions before issue #19 still call these by name; the current models use the
	// beans postReviewRequest and routeCompletion and the variable sendBackTo.

	/** Old model versions: the index of the approver before {@code idx}, or -1. */
	public int previousApprover(Object kinds, Object idx) {
		return Routes.previousApprover(Routes.list(kinds), ((Number) idx).intValue());
	}

	/** Old model versions: {@link PostReviewRequest}. */
	public void approvedAhead(DelegateExecution execution) {
		postReviewRequest.execute(execution);
	}

	/** Old model versions: {@link RouteCompletion}. */
	public void routeCompleted(DelegateExecution execution) {
		routeCompletion.execute(execution);
	}

	/**
	 * Every morning ({@code OverdueReminderProcess}): tells the holder and the deputies of every open step past its
	 * due date, one notice per step.
	 */
	public void remindOverdue() {
		Date now = Date.from(record.clock().instant());
		List<Task> overdue = tasks.createTaskQuery().processDefinitionKeyIn(KEY, POST_REVIEW_KEY).dueBefore(now).list();
		if (overdue.isEmpty()) {
			return;
		}
		Map<String, Long> proposalOf = openTasks.proposalsOf(overdue);
		for (Task task : overdue) {
			Long proposalId = proposalOf.get(task.getProcessInstanceId());
			if (proposalId == null) {
				continue;
			}
			Set<String> recipients = StepHolders.of(task.getAssignee(), tasks.getIdentityLinksForTask(task.getId()));
			LocalDate due = task.getDueDate().toInstant().atZone(record.clock().getZone()).toLocalDate();
			record.lockFree(proposalId).ifPresent(s -> record.notice(NoticeKind.OVERDUE, s, null, null,
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
