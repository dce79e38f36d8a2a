package jp.kyoyu.workflow;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.Wording;

/**
 * Copies the document's title, type, project and importance (and the step's due date) onto every new user task as
 * task variables, which Tasklist shows as the columns of its filters ({@link TasklistFilters}), and names the task
 * after the document ({@link #name}). The process holds them already, but
 * Tasklist loads a list's variables through Camunda's variable query, which lets an approver read a process
 * variable only with READ on the whole process instance, which approvers rightly lack; a variable of their own
 * task they may read. The copies have their own names so that a user who may read both (an administrator) sees
 * each column once. Registered for every user task, it copies only on Kyoyu's own processes: another model (the
 * tests' own, the benchmark's bare engine) gets none.
 * <p>
 * The copies keep no history ({@link CopiesWithoutHistory}): the values are the process's, whose variable history
 * Camunda keeps already, and a copy's history cost two of the four statements each copy adds to a step (issue #21).
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

	/**
	 * The due date as the card's 期限 column shows it (Tasklist's own due label is relative: 「3日後」): stored in the
	 * default date style, shown in the reader's ({@link TasklistCardDates}).
	 */
	static final String DUE = "cardDue";

	/** Camunda's column for a task's name (ACT_RU_TASK.NAME_) holds 255 characters. */
	static final int MAX_NAME = 255;

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private static final TaskListener COPY = task -> {
		if (!isKyoyus(task.getProcessDefinitionId())) {
			return;
		}
		COPIES.forEach((local, source) -> {
			Object value = task.getVariable(source);
			if (value != null) {
				task.setVariableLocal(local, value);
			}
		});
		Object title = task.getVariable(ApprovalProcess.PROPOSAL_TITLE);
		if (title != null) {
			task.setName(name(ApprovalProcess.kindOf(task.getTaskDefinitionKey()), title,
					task.getVariable(ApprovalProcess.DOCUMENT_TYPE_NAME)));
			if (task.getDueDate() != null) {
				task.setVariableLocal(DUE, TasklistCardDates.stored(task.getDueDate().toInstant().atZone(JAPAN).toLocalDate()));
			}
		}
	};

	/**
	 * The task's name as Tasklist's list and task header show it: what the step is, for which document
	 * (「承認：法面勾配の変更（工事打合せ簿）」), instead of the model's bare 「承認」 on every entry. Stored in the engine,
	 * so in Japanese (Tasklist is Japanese for everyone, docs/camunda-webapps.md).
	 */
	static String name(TaskKind kind, Object title, Object typeName) {
		String name = typeName == null
				? Wording.japanese("workflow.tasklist.taskName.untyped", Wording.japanese("workflow.taskKind." + kind), title)
				: Wording.japanese("workflow.tasklist.taskName", Wording.japanese("workflow.taskKind." + kind), title,
						typeName);
		return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
	}

	/** Only Kyoyu's own processes: the tests' throwaway processes keep the names their models give. */
	private static boolean isKyoyus(String processDefinitionId) {
		return processDefinitionId != null && (processDefinitionId.startsWith(ApprovalProcess.KEY + ":")
				|| processDefinitionId.startsWith(ApprovalProcess.POST_REVIEW_KEY + ":"));
	}

	/** Whether a task variable is one of the copies (the due date's too). */
	static boolean isCopy(String variableName) {
		return COPIES.containsKey(variableName) || DUE.equals(variableName);
	}

	/**
	 * Camunda's history writer, minus the history of the copies: a task variable named as a copy writes no
	 * {@code ACT_HI_VARINST} and no {@code ACT_HI_DETAIL} row. Everything else is written as before.
	 */
	static final class CopiesWithoutHistory extends DbHistoryEventHandler {

		@Override
		public void handleEvent(HistoryEvent event) {
			if (event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null
					&& isCopy(variable.getVariableName())) {
				return;
			}
			super.handleEvent(event);
		}
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		// Camunda's own database writer replaced by the same writer without the copies' history; other history
		// handlers (none in Kyoyu) would still run beside it.
		configuration.setEnableDefaultDbHistoryEventHandler(false);
		if (configuration.getCustomHistoryEventHandlers() == null) {
			configuration.setCustomHistoryEventHandlers(new ArrayList<>());
		}
		configuration.getCustomHistoryEventHandlers().add(new CopiesWithoutHistory());
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
