package jp.kyoyu.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.kyoyu.consultation.ConsultationManagement;

/**
 * 「相手方に合意を通知」 of {@code bpmn/pre-consultation.bpmn} ({@code ${preConsultationNotifyAgreed}}).
 */
@Component("preConsultationNotifyAgreed")
class PreConsultationNotifyAgreed implements JavaDelegate {

	private final ConsultationManagement consultations;

	PreConsultationNotifyAgreed(ConsultationManagement consultations) {
		this.consultations = consultations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		consultations.notifyAgreed(PreConsultationProcess.matterId(execution), PreConsultationProcess.actor(execution));
	}
}
