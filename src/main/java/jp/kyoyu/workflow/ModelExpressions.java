package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * {@code ${workflowSteps...}}: what approvals started on model versions <b>before issue #19</b> (2026-12-07) still call
 * by name, with arguments — deputies, the route's arithmetic, approve-ahead, the end of the route and the daily
 * overdue check. The current models name beans and read plain variables instead ({@link RoutePosition},
 * {@link StepAssignment}, {@link NextStep}, {@link SendBackStep}, {@link StepAfterAhead}, {@link StepPriority},
 * {@link PostReviewRequest}, {@link RouteCompletion}, {@link OverdueReminder}); every method here hands over to them
 * or to {@link Routes}. Remove a method only when no running instance of an old version is left.
 * Public only because the engine's expression language calls public methods of public classes; other modules
 * use {@link WorkflowManagement}.
 */
@Component("workflowSteps")
public class ModelExpressions {

	private final StepAssignment stepAssignment;

	private final PostReviewRequest postReviewRequest;

	private final RouteCompletion routeCompletion;

	private final OverdueReminder overdueReminder;

	ModelExpressions(StepAssignment stepAssignment, PostReviewRequest postReviewRequest,
			RouteCompletion routeCompletion, OverdueReminder overdueReminder) {
		this.stepAssignment = stepAssignment;
		this.postReviewRequest = postReviewRequest;
		this.routeCompletion = routeCompletion;
		this.overdueReminder = overdueReminder;
	}

	/**
	 * Old model versions ({@code candidateUsers}): {@link StepAssignment#deputiesOf}. The project is read from the
	 * process the engine is deciding the candidates for, as the old expression does not pass it.
	 */
	public List<String> deputiesOf(String userId) {
		return stepAssignment.deputiesOf(userId, currentProject());
	}

	private static Long currentProject() {
		BpmnExecutionContext context = Context.getBpmnExecutionContext();
		Object projectId = context == null || context.getExecution() == null ? null
				: context.getExecution().getVariable(PROJECT_ID);
		return projectId instanceof Number number ? number.longValue() : null;
	}

	/** Old model versions ({@code assignee}): who holds step {@code idx} of the route. */
	public String holderAt(Object route, Object idx) {
		return Routes.holderAt(route, idx);
	}

	/** Old model versions (the step gateway): whether every step before {@code idx} was approved or viewed. */
	public boolean routeEnded(Object route, Object idx) {
		return Routes.ended(route, idx);
	}

	/** Old model versions (the step gateway): whether step {@code idx} is a viewer's rather than an approver's. */
	public boolean viewerAt(Object kinds, Object idx) {
		return Routes.viewerAt(kinds, idx);
	}

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

	/** Old versions of {@code OverdueReminderProcess}: {@link OverdueReminder}. */
	public void remindOverdue() {
		overdueReminder.remindOverdue();
	}

	/**
	 * Called by the per-step daily timer of approvals started on a model version before the morning reminder
	 * existed. Their overdue steps are reminded by {@link OverdueReminder} like every other step, so this lets those
	 * timers run out without an incident and without a second mail.
	 */
	public void remindIfOverdue(DelegateExecution execution) {
		// nothing to do: the morning reminder covers every overdue step
	}
}
