package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** {@code ${nextStep}}, on the flows 「承認」 and after 閲覧確認: the route goes on with the step after {@code idx}. */
@Component("nextStep")
class NextStep implements ExecutionListener {

	@Override
	public void notify(DelegateExecution execution) {
		execution.setVariable(INDEX, ((Number) execution.getVariable(INDEX)).intValue() + 1);
	}
}
