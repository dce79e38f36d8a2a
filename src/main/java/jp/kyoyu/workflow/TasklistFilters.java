package jp.kyoyu.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.Wording;

/**
 * Tasklist's entries say which document a task is for, and its filters are the portal's lists.
 * <ul>
 * <li>「自分のタスク」, the filter Camunda's starter creates ({@code camunda.bpm.filter.create}): the proposal's title,
 * type, project and importance (重要/通常) under every task, from the task's copies of the process variables
 * ({@link TasklistCardVariables}). Only its {@code variables} property is rewritten, so other settings stay.</li>
 * <li>「代理のタスク」: the steps offered to the user as a deputy. A deputy is a <em>candidate user</em> of a step
 * that stays assigned to its holder ({@link DeputyReach} keeps only deputies who reach the project), so the query is
 * "candidate ${currentUser()}, assigned tasks included" — exactly the portal's deputy list ({@code OpenTasks}).</li>
 * <li>「期限切れ」: the user's own and deputy steps whose due date has passed (${now()}), the oldest first.</li>
 * </ul>
 * Tasklist reads the columns from a filter's {@code variables} property. Runs on every start; the two Kyoyu filters
 * are created when missing and their query and columns rewritten when they differ (an upgrade corrects them).
 */
@Component
class TasklistFilters {

	static final String VARIABLES = "variables";

	static final String CURRENT_USER = "${currentUser()}";

	static final String PRIORITY = "priority";

	private final FilterService filters;

	private final TaskService tasks;

	private final String filterName;

	TasklistFilters(FilterService filters, TaskService tasks, @Value("${camunda.bpm.filter.create:}") String filterName) {
		this.filters = filters;
		this.tasks = tasks;
		this.filterName = filterName;
	}

	@EventListener(ApplicationReadyEvent.class)
	void showWhichDocumentEachTaskIsFor() {
		if (!filterName.isBlank()) {
			for (Filter filter : filters.createFilterQuery().filterName(filterName).list()) {
				Map<String, Object> properties = filter.getProperties() == null ? new HashMap<>()
						: new HashMap<>(filter.getProperties());
				List<Map<String, String>> columns = columns();
				// Tasklist opens the filter with the lowest priority and compares numbers only: without one of its
				// own, 「自分のタスク」 would lose to 「代理のタスク」 or win by chance
				if (!columns.equals(properties.get(VARIABLES)) || !(properties.get(PRIORITY) instanceof Number)) {
					properties.put(VARIABLES, columns);
					if (!(properties.get(PRIORITY) instanceof Number)) {
						properties.put(PRIORITY, 0);
					}
					filter.setProperties(properties);
					filters.saveFilter(filter);
				}
			}
		}
		ensure("workflow.tasklist.filter.deputy", 10, deputyTasks());
		ensure("workflow.tasklist.filter.overdue", 20, overdueTasks());
	}

	/** Steps offered to the current user as a deputy: candidate, while the step stays assigned to its holder. */
	TaskQuery deputyTasks() {
		return tasks.createTaskQuery()
			.processDefinitionKeyIn(ApprovalProcess.KEY, ApprovalProcess.POST_REVIEW_KEY)
			.taskCandidateUserExpression(CURRENT_USER)
			.includeAssignedTasks()
			.orderByDueDate().asc();
	}

	/** The current user's own or deputy steps whose due date has passed. */
	TaskQuery overdueTasks() {
		return tasks.createTaskQuery()
			.processDefinitionKeyIn(ApprovalProcess.KEY, ApprovalProcess.POST_REVIEW_KEY)
			.dueBeforeExpression("${now()}")
			.or()
				.taskAssigneeExpression(CURRENT_USER)
				.taskCandidateUserExpression(CURRENT_USER)
				.includeAssignedTasks()
			.endOr()
			.orderByDueDate().asc();
	}

	private void ensure(String nameKey, int priority, TaskQuery query) {
		String name = Wording.japanese(nameKey);
		List<Filter> existing = filters.createFilterQuery().filterName(name).list();
		Filter filter = existing.isEmpty() ? filters.newTaskFilter(name) : existing.get(0);
		Map<String, Object> properties = filter.getProperties() == null ? new HashMap<>()
				: new HashMap<>(filter.getProperties());
		Map<String, Object> wanted = new HashMap<>(properties);
		wanted.put(VARIABLES, columnsWithDue());
		wanted.put("description", Wording.japanese(nameKey + ".description"));
		wanted.put(PRIORITY, priority);
		wanted.put("refresh", true);
		boolean sameQuery = !existing.isEmpty() && sameQuery(filter, query);
		if (existing.isEmpty() || !wanted.equals(properties) || !sameQuery) {
			filter.setProperties(wanted);
			filter.setQuery(query);
			filters.saveFilter(filter);
		}
	}

	/** Compared as the JSON Camunda stores, which is what Tasklist runs. */
	private boolean sameQuery(Filter filter, TaskQuery query) {
		Filter probe = filters.newTaskFilter("probe").setQuery(query);
		return String.valueOf(((org.camunda.bpm.engine.impl.persistence.entity.FilterEntity) probe).getQueryInternal())
			.equals(String.valueOf(((org.camunda.bpm.engine.impl.persistence.entity.FilterEntity) filter)
				.getQueryInternal()));
	}

	/** Stored in the engine and shown by Tasklist, which is Japanese for everyone (docs/camunda-webapps.md). */
	static List<Map<String, String>> columns() {
		return List.of(column("cardTitle", "workflow.list.col.title"),
				column("cardDocumentType", "workflow.list.col.type"),
				column("cardProject", "workflow.list.col.project"),
				column("cardImportance", "workflow.list.col.importance"));
	}

	/** The same columns and the due date as a date: 「期限切れ」 and a deputy decide by it. */
	static List<Map<String, String>> columnsWithDue() {
		List<Map<String, String>> columns = new ArrayList<>(columns());
		columns.add(column(TasklistCardVariables.DUE, "workflow.col.due"));
		return List.copyOf(columns);
	}

	private static Map<String, String> column(String variable, String labelKey) {
		return Map.of("name", variable, "label", Wording.japanese(labelKey));
	}
}
