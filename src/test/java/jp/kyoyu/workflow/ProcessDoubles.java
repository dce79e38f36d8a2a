package jp.kyoyu.workflow;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Stand-ins for the Spring beans the models call by name ({@code workflowSteps}, {@code bizCal},
 * {@code workflowTasks}, {@code postReviewRequest}, {@code routeCompletion}), so the process tests exercise the models alone. They record what the models asked.
 */
final class ProcessDoubles {

	final Map<String, String> deputies = new HashMap<>();

	final List<String> calls = new ArrayList<>();

	final Steps steps = new Steps();

	final Calendar bizCal = new Calendar();

	final Tasks tasks = new Tasks();

	void register() {
		Mocks.register("workflowSteps", steps);
		Mocks.register("bizCal", bizCal);
		Mocks.register("workflowTasks", tasks);
		Mocks.register("postReviewRequest", (JavaDelegate) steps::approvedAhead);
		Mocks.register("routeCompletion", (JavaDelegate) steps::routeCompleted);
	}

	public final class Steps {

		public List<String> deputiesOf(String userId) {
			return deputies.containsKey(userId) ? List.of(deputies.get(userId)) : List.of();
		}

		// The route arithmetic is the real one (pure functions); only the application's side effects are doubled.
		public String holderAt(Object route, Object idx) {
			return Routes.holderAt(route, idx);
		}

		public boolean routeEnded(Object route, Object idx) {
			return Routes.ended(route, idx);
		}

		public boolean viewerAt(Object kinds, Object idx) {
			return Routes.viewerAt(kinds, idx);
		}

		public int previousApprover(Object kinds, Object idx) {
			return Routes.previousApprover(Routes.list(kinds), ((Number) idx).intValue());
		}

		public void approvedAhead(DelegateExecution execution) {
			calls.add("approvedAhead:" + execution.getVariable("aheadUser"));
			List<String> route = Routes.list(execution.getVariable("route"));
			Map<String, Object> variables = new HashMap<>();
			variables.put("reviewer", route.get(((Number) execution.getVariable("idx")).intValue()));
			variables.put("proposalId", execution.getVariable("proposalId"));
			variables.put("stepBusinessDays", 3);
			execution.getProcessEngineServices().getRuntimeService()
				.startProcessInstanceByKey("PostReviewProcess", execution.getProcessBusinessKey(), variables);
		}

		public void routeCompleted(DelegateExecution execution) {
			calls.add("routeCompleted");
		}

		public void remindOverdue() {
			calls.add("remindOverdue");
		}
	}

	public final class Calendar {

		public Date endOfBusinessDay(Object days) {
			return new Date(System.currentTimeMillis() + ((Number) days).longValue() * 86_400_000L);
		}
	}

	public final class Tasks implements TaskListener {

		@Override
		public void notify(DelegateTask task) {
			calls.add(task.getEventName() + ":" + task.getTaskDefinitionKey() + ":" + task.getAssignee());
			if (EVENTNAME_COMPLETE.equals(task.getEventName()) && "Task_Approve".equals(task.getTaskDefinitionKey())) {
				// the real listener's one decision of where a send-back goes (the gateway reads it)
				DelegateExecution process = task.getExecution();
				process.setVariable("sendBackTo", Variables.integerValue(Routes.sendBackTo(process.getVariable("action"),
						process.getVariable("kinds"), process.getVariable("idx")), true));
			}
		}
	}
}
