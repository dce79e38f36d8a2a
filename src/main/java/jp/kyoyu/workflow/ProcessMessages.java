package jp.kyoyu.workflow;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Lets other modules drive their own process models (e.g. {@code bpmn/pre-consultation.bpmn}) without touching
 * the engine, which stays inside this module: start an instance by process key and business key, and correlate
 * a message to the instance of a business key. Calls run as the acting user and join the caller's transaction;
 * a rule broken in a step reaches the caller as itself (400/403/404), a lost race as 409.
 */
@Service
public class ProcessMessages {

	private final RuntimeService runtime;

	private final EngineCalls engine;

	ProcessMessages(RuntimeService runtime, EngineCalls engine) {
		this.runtime = runtime;
		this.engine = engine;
	}

	public void start(String processKey, String businessKey, Map<String, Object> variables, String userId) {
		engine.run(userId, () -> runtime.startProcessInstanceByKey(processKey, businessKey, variables));
	}

	public void correlate(String message, String businessKey, Map<String, Object> variables, String userId) {
		engine.run(userId, () -> runtime.createMessageCorrelation(message)
			.processInstanceBusinessKey(businessKey)
			.setVariables(variables)
			.correlate());
	}
}
