package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * {@code ${stepDueDate}}, the start listener of {@code Task_PostReview}: the due date {@code stepDue}, counted in
 * business days ({@code stepBusinessDays}) from the moment the task starts. Transient: the task keeps it.
 */
@Component("stepDueDate")
class StepDueDate implements ExecutionListener {

	private final DueDates dueDates;

	StepDueDate(DueDates dueDates) {
		this.dueDates = dueDates;
	}

	@Override
	public void notify(DelegateExecution execution) {
		execution.setVariable(StepAssignment.STEP_DUE,
				Variables.dateValue(dueDates.endOfBusinessDay(execution.getVariable(STEP_BUSINESS_DAYS)), true));
	}
}
