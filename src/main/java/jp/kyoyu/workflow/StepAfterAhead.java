package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${stepAfterAhead}}, on the flow after 「後閲を依頼」: the route goes on after the approver who approved ahead
 * ({@code aheadIndex}, set by the complete listener from what it checked).
 */
@Component("stepAfterAhead")
class StepAfterAhead implements ExecutionListener {

	@Override
	public void notify(DelegateExecution execution) {
		execution.setVariable(INDEX, ((Number) execution.getVariable(AHEAD_INDEX)).intValue() + 1);
	}
}
