package jp.kyoyu.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.kyoyu.consultation.ConsultationManagement;

/**
 * 「決裁段階の書類を作成」 of {@code bpmn/pre-consultation.bpmn} ({@code ${preConsultationStartDecision}}): makes the
 * proposal of the message's {@code proposalType} and keeps its id in the variable {@code proposalId}.
 */
@Component("preConsultationStartDecision")
class PreConsultationStartDecision implements JavaDelegate {

	private final ConsultationManagement consultations;

	PreConsultationStartDecision(ConsultationManagement consultations) {
		this.consultations = consultations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long proposalId = consultations.startDecision(PreConsultationProcess.matterId(execution),
				PreConsultationProcess.proposalType(execution), PreConsultationProcess.actor(execution));
		execution.setVariable(PreConsultationProcess.PROPOSAL_ID, proposalId);
	}
}
