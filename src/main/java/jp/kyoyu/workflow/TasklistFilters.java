package jp.kyoyu.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.Wording;

/**
 * Tasklist's entries say which document a task is for: the filter Camunda's starter creates
 * ({@code camunda.bpm.filter.create}, 「自分のタスク」) shows the proposal's title, type, project and importance
 * (重要/通常) under every task, from the task's copies of the process variables ({@link TasklistCardVariables}). Tasklist reads the
 * columns from the filter's {@code variables} property; the due date it shows on its own. Runs on every start and
 * rewrites only that property, so labels follow the wording and other settings of the filter stay.
 */
@Component
class TasklistFilters {

	static final String VARIABLES = "variables";

	private final FilterService filters;

	private final String filterName;

	TasklistFilters(FilterService filters, @Value("${camunda.bpm.filter.create:}") String filterName) {
		this.filters = filters;
		this.filterName = filterName;
	}

	@EventListener(ApplicationReadyEvent.class)
	void showWhichDocumentEachTaskIsFor() {
		if (filterName.isBlank()) {
			return;
		}
		for (Filter filter : filters.createFilterQuery().filterName(filterName).list()) {
			Map<String, Object> properties = filter.getProperties() == null ? new HashMap<>()
					: new HashMap<>(filter.getProperties());
			List<Map<String, String>> columns = columns();
			if (!columns.equals(properties.get(VARIABLES))) {
				properties.put(VARIABLES, columns);
				filter.setProperties(properties);
				filters.saveFilter(filter);
			}
		}
	}

	/** Stored in the engine and shown by Tasklist, which is Japanese for everyone (docs/camunda-webapps.md). */
	static List<Map<String, String>> columns() {
		return List.of(column("cardTitle", "workflow.list.col.title"),
				column("cardDocumentType", "workflow.list.col.type"),
				column("cardProject", "workflow.list.col.project"),
				column("cardImportance", "workflow.list.col.importance"));
	}

	private static Map<String, String> column(String variable, String labelKey) {
		return Map.of("name", variable, "label", Wording.japanese(labelKey));
	}
}
