package jp.kyoyu.consultation;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

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

	private final RuntimeService runtime;

	PreConsultationProcess(RuntimeService runtime) {
		this.runtime = runtime;
	}

	void start(long matterId, String actor) {
		run(() -> runtime.startProcessInstanceByKey(KEY, String.valueOf(matterId), Map.of("actor", actor)));
	}

	void tell(long matterId, String message, Map<String, Object> variables) {
		run(() -> runtime.createMessageCorrelation(message)
			.processInstanceBusinessKey(String.valueOf(matterId))
			.setVariables(variables)
			.correlate());
	}

	private static void run(Runnable call) {
		try {
			call.run();
		}
		catch (ProcessEngineException e) {
			for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof RuntimeException own && own.getClass().getPackageName().startsWith("jp.kyoyu")) {
					throw own;
				}
			}
			throw e;
		}
	}
}
