package jp.kyoyu.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.kyoyu.consultation.ConsultationManagement;

/**
 * 「相手方に資料の登録を通知」 of {@code bpmn/pre-consultation.bpmn} ({@code ${preConsultationNotifyRegistered}}).
 */
@Component("preConsultationNotifyRegistered")
class PreConsultationNotifyRegistered implements JavaDelegate {

	private final ConsultationManagement consultations;

	PreConsultationNotifyRegistered(ConsultationManagement consultations) {
		this.consultations = consultations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		consultations.notifyRegistered(PreConsultationProcess.matterId(execution), PreConsultationProcess.actor(execution));
	}
}
