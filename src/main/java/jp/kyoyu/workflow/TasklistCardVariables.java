package jp.kyoyu.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Copies the document's title, type, project and importance onto every new user task as task variables, which
 * Tasklist shows as the columns of its filter ({@link TasklistFilters}). The process holds them already, but
 * Tasklist loads a list's variables through Camunda's variable query, which lets an approver read a process
 * variable only with READ on the whole process instance, which approvers rightly lack; a variable of their own
 * task they may read. The copies have their own names so that a user who may read both (an administrator) sees
 * each column once. Registered for every user task of every process; a process without these variables (the
 * tests' own) gets none.
 */
@Component
class TasklistCardVariables extends AbstractProcessEnginePlugin {

	/** Task variable → the process variable {@link SubmissionStart} sets. */
	static final Map<String, String> COPIES = copies();

	private static Map<String, String> copies() {
		Map<String, String> copies = new LinkedHashMap<>();
		copies.put("cardTitle", ApprovalProcess.PROPOSAL_TITLE);
		copies.put("cardDocumentType", ApprovalProcess.DOCUMENT_TYPE_NAME);
		copies.put("cardProject", ApprovalProcess.PROJECT_NAME);
		copies.put("cardImportance", ApprovalProcess.IMPORTANCE_LABEL);
		return java.util.Collections.unmodifiableMap(copies);
	}

	private static final TaskListener COPY = task -> COPIES.forEach((local, source) -> {
		Object value = task.getVariable(source);
		if (value != null) {
			task.setVariableLocal(local, value);
		}
	});

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {

			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
					userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, COPY);
				}
			}
		});
	}
}
