package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${sendBackStep}}, on the flow 「前の承認者へ差戻し」: the route goes back to the step the complete listener
 * decided ({@code sendBackTo}, {@link Routes#sendBackTo}) — the one place that decision is made.
 */
@Component("sendBackStep")
class SendBackStep implements ExecutionListener {

	@Override
	public void notify(DelegateExecution execution) {
		execution.setVariable(INDEX, ((Number) execution.getVariable(SEND_BACK_TO)).intValue());
	}
}
