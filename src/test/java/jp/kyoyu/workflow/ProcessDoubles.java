package jp.kyoyu.workflow;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The Spring beans the models call by name, so the process tests exercise the models alone: the listeners that are
 * pure route arithmetic are the real ones ({@code routePosition}, {@code nextStep}, {@code sendBackStep},
 * {@code stepAfterAhead}, {@code stepPriority}); the ones that reach the application ({@code stepAssignment},
 * {@code stepDueDate}, {@code workflowTasks}, {@code postReviewRequest}, {@code routeCompletion},
 * {@code overdueReminder}) are stand-ins that record what the models asked.
 */
final class ProcessDoubles {

	final Map<String, String> deputies = new HashMap<>();

	final List<String> calls = new ArrayList<>();

	final Steps steps = new Steps();

	final Calendar bizCal = new Calendar();

	final Tasks tasks = new Tasks();

	void register() {
		Mocks.register("routePosition", new RoutePosition());
		Mocks.register("nextStep", new NextStep());
		Mocks.register("sendBackStep", new SendBackStep());
		Mocks.register("stepAfterAhead", new StepAfterAhead());
		Mocks.register("stepPriority", new StepPriority());
		Mocks.register("stepAssignment", (ExecutionListener) steps::assign);
		Mocks.register("stepDueDate", (ExecutionListener) steps::due);
		Mocks.register("workflowTasks", tasks);
		Mocks.register("postReviewRequest", (JavaDelegate) steps::approvedAhead);
		Mocks.register("routeCompletion", (JavaDelegate) steps::routeCompleted);
		Mocks.register("overdueReminder", (JavaDelegate) execution -> steps.remindOverdue());
	}

	public final class Steps {

		/** The real {@link StepAssignment}'s variables, its deputies from {@link #deputies} and its calendar doubled. */
		void assign(DelegateExecution execution) {
			// The route arithmetic is the real one (pure functions); only the application's side effects are doubled.
			String holder = Routes.holderAt(execution.getVariable("route"), execution.getVariable("idx"));
			List<String> candidates = deputies.containsKey(holder) ? List.of(deputies.get(holder)) : List.of();
			execution.setVariable("stepHolder", Variables.stringValue(holder, true));
			execution.setVariable("stepDeputies", Variables.objectValue(new ArrayList<>(candidates), true)
				.serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
			due(execution);
		}

		void due(DelegateExecution execution) {
			execution.setVariable("stepDue",
					Variables.dateValue(bizCal.endOfBusinessDay(execution.getVariable("stepBusinessDays")), true));
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
