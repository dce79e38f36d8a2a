package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import jp.kyoyu.proposal.Importance;

/**
 * {@code ${stepPriority}}, the start listener of {@code ProposalApprovalProcess}: the priority of every user task of
 * the approval, decided once from the importance (重要 80, otherwise 50). The tasks say
 * {@code camunda:priority="${priority}"}. Kept as a process variable: it must outlive the start's transaction.
 */
@Component("stepPriority")
class StepPriority implements ExecutionListener {

	static final String PRIORITY = "priority";

	static final int IMPORTANT = 80;

	static final int NORMAL = 50;

	@Override
	public void notify(DelegateExecution execution) {
		boolean important = Importance.IMPORTANT.name().equals(String.valueOf(execution.getVariable(IMPORTANCE)));
		execution.setVariable(PRIORITY, important ? IMPORTANT : NORMAL);
	}
}
