package jp.kyoyu.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.kyoyu.consultation.ConsultationManagement;

/**
 * 「相手方にコメントと回答状況を通知」 of {@code bpmn/pre-consultation.bpmn} ({@code ${preConsultationNotifyCommented}}):
 * the comment is the message's {@code commentId}.
 */
@Component("preConsultationNotifyCommented")
class PreConsultationNotifyCommented implements JavaDelegate {

	private final ConsultationManagement consultations;

	PreConsultationNotifyCommented(ConsultationManagement consultations) {
		this.consultations = consultations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		consultations.notifyCommented(PreConsultationProcess.matterId(execution),
				PreConsultationProcess.commentId(execution), PreConsultationProcess.actor(execution));
	}
}
