package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.AbsenceManagement;
import jp.kyoyu.identity.AbsencePeriod;

/**
 * {@code ${stepAssignment}}, the start listener of {@code Task_Approve} and {@code Task_View}: who the step at
 * {@code idx} goes to, placed for the task's attributes as {@code stepHolder} (assignee), {@code stepDeputies}
 * (candidates) and {@code stepDue} (due date).
 * <p>
 * Run as the task starts, just before the engine creates it, because absences and the calendar are those of that
 * moment. Transient: the task keeps what it was given, and a value stored on the process would be stale for the
 * next step (absences change), so nothing is kept.
 */
@Component("stepAssignment")
class StepAssignment implements ExecutionListener {

	static final String STEP_HOLDER = "stepHolder";

	static final String STEP_DEPUTIES = "stepDeputies";

	static final String STEP_DUE = "stepDue";

	private final AbsenceManagement absences;

	private final ApprovalRecord record;

	private final DeputyReach reach;

	private final DueDates dueDates;

	StepAssignment(AbsenceManagement absences, ApprovalRecord record, DeputyReach reach, DueDates dueDates) {
		this.absences = absences;
		this.record = record;
		this.reach = reach;
		this.dueDates = dueDates;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String holder = Routes.holderAt(execution.getVariable(ROUTE), execution.getVariable(INDEX));
		Object projectId = execution.getVariable(PROJECT_ID);
		List<String> deputies = deputiesOf(holder, projectId instanceof Number n ? n.longValue() : null);
		execution.setVariable(STEP_HOLDER, Variables.stringValue(holder, true));
		// A list is an object value: JSON (Spin) so no Java serialization is needed; transient, so never written.
		execution.setVariable(STEP_DEPUTIES, Variables.objectValue(new ArrayList<>(deputies), true)
			.serializationDataFormat(SerializationDataFormats.JSON).create());
		execution.setVariable(STEP_DUE,
				Variables.dateValue(dueDates.endOfBusinessDay(execution.getVariable(STEP_BUSINESS_DAYS)), true));
	}

	/**
	 * The deputy of a user absent today, offered the task as candidate (C4.21); empty when present, and empty when the
	 * deputy may not see the step's project ({@link DeputyReach}). Decided before the task exists, because Camunda
	 * keeps a candidate's task authorization when the candidate is removed later.
	 */
	List<String> deputiesOf(String userId, Long projectId) {
		return absences.on(userId, record.today())
			.map(AbsencePeriod::deputyUserId)
			.filter(deputy -> deputy != null && !deputy.equals(userId))
			.filter(deputy -> projectId != null && reach.reaches(projectId, userId, deputy))
			.map(List::of)
			.orElse(List.of());
	}
}
