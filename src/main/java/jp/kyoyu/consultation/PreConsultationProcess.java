package jp.kyoyu.consultation;

import java.util.Map;

import org.springframework.stereotype.Component;

import jp.kyoyu.workflow.ProcessMessages;

/**
 * The engine side of a matter: one instance of {@code PreConsultationProcess} per matter (business key = matter
 * id), told by messages what happened. The model's steps run in the caller's transaction, so a failing step
 * undoes the change that caused it, and its own errors (a 400 or 403) reach the caller as they are.
 */
@Component
class PreConsultationProcess {

	static final String KEY = "PreConsultationProcess";

	static final String COMMENTED = "ConsultationCommented";

	static final String AGREED = "ConsultationAgreed";

	static final String CONVERTED = "ConsultationConverted";

	static final String WITHDRAWN = "ConsultationWithdrawn";

	private final ProcessMessages engine;

	PreConsultationProcess(ProcessMessages engine) {
		this.engine = engine;
	}

	void start(long matterId, String actor) {
		engine.start(KEY, String.valueOf(matterId), Map.of("actor", actor), actor);
	}

	/** {@code variables} carries {@code actor}, the user who caused the message. */
	void tell(long matterId, String message, Map<String, Object> variables) {
		engine.correlate(message, String.valueOf(matterId), variables, String.valueOf(variables.get("actor")));
	}
}
