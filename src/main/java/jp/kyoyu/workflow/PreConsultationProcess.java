package jp.kyoyu.workflow;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import jp.kyoyu.consultation.ConsultationProcess;

/**
 * The engine side of a pre-consultation matter: one instance of {@code bpmn/pre-consultation.bpmn} per matter
 * (business key = matter id), told by messages what happened. Its steps ({@code PreConsultation*} delegates)
 * call {@code ConsultationManagement} back and run in the caller's transaction, so a failing step undoes the
 * change that caused it, and its own errors (a 400 or 403) reach the caller as they are.
 */
@Component
class PreConsultationProcess implements ConsultationProcess {

	static final String KEY = "PreConsultationProcess";

	static final String COMMENTED = "ConsultationCommented";

	static final String AGREED = "ConsultationAgreed";

	static final String CONVERTED = "ConsultationConverted";

	static final String WITHDRAWN = "ConsultationWithdrawn";

	/** The variables the model's steps read: who caused the message, and what it carries. */
	static final String ACTOR = "actor";

	static final String COMMENT_ID = "commentId";

	static final String PROPOSAL_TYPE = "proposalType";

	/** Written by the decision step: the proposal made from the matter. */
	static final String PROPOSAL_ID = "proposalId";

	private final ProcessMessages engine;

	private final ProcessErasure erasure;

	PreConsultationProcess(ProcessMessages engine, ProcessErasure erasure) {
		this.engine = engine;
		this.erasure = erasure;
	}

	@Override
	public void registered(long matterId, String actor) {
		engine.start(KEY, String.valueOf(matterId), Map.of(ACTOR, actor), actor);
	}

	@Override
	public void commented(long matterId, long commentId, String actor) {
		tell(matterId, COMMENTED, Map.of(ACTOR, actor, COMMENT_ID, commentId));
	}

	@Override
	public void agreed(long matterId, String actor) {
		tell(matterId, AGREED, Map.of(ACTOR, actor));
	}

	@Override
	public void conversionRequested(long matterId, String proposalType, String actor) {
		tell(matterId, CONVERTED, Map.of(ACTOR, actor, PROPOSAL_TYPE, proposalType));
	}

	@Override
	public void withdrawn(long matterId, String actor) {
		tell(matterId, WITHDRAWN, Map.of(ACTOR, actor));
	}

	@Override
	public long erase(long matterId) {
		return erasure.erase(KEY, String.valueOf(matterId));
	}

	private void tell(long matterId, String message, Map<String, Object> variables) {
		engine.correlate(message, String.valueOf(matterId), variables, (String) variables.get(ACTOR));
	}

	static long matterId(DelegateExecution execution) {
		return Long.parseLong(execution.getProcessBusinessKey());
	}

	static String actor(DelegateExecution execution) {
		return (String) execution.getVariable(ACTOR);
	}

	static long commentId(DelegateExecution execution) {
		return ((Number) execution.getVariable(COMMENT_ID)).longValue();
	}

	static String proposalType(DelegateExecution execution) {
		return (String) execution.getVariable(PROPOSAL_TYPE);
	}
}
