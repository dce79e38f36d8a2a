package jp.kyoyu.workflow;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import jp.kyoyu.identity.Side;

/**
 * A two-step process that exists only in tests (deployed from code, so it never reaches the application's
 * deployment), run to its end by kantoku then shunin, each acting as the logged-in user so Camunda's user
 * operation log names them. The audit views must work for any process, not only the approval one.
 */
record FinishedTestProcess(String processInstanceId, String businessKey) {

	static final String KEY = "kyoyu-audit-test";

	static final String NAME = "監査テスト用プロセス";

	static final String REVIEW = "書類を確認";

	static final String APPROVE = "承認する";

	static BpmnModelInstance model() {
		return Bpmn.createExecutableProcess(KEY)
			.name(NAME)
			.camundaHistoryTimeToLive(3650)
			.startEvent("submitted")
			.name("提出")
			.userTask("review")
			.name(REVIEW)
			.camundaAssignee("kantoku")
			.userTask("approve")
			.name(APPROVE)
			.camundaAssignee("shunin")
			.endEvent("done")
			.name("完了")
			.done();
	}

	/** Starts one instance with a fresh business key and completes both steps. */
	static FinishedTestProcess runToEnd(ProcessEngine engine) {
		deploy(engine);
		String businessKey = "audit-" + UUID.randomUUID().toString().substring(0, 8);
		ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(KEY, businessKey);
		completeAs(engine, "kantoku", instance.getId());
		completeAs(engine, "shunin", instance.getId());
		return new FinishedTestProcess(instance.getId(), businessKey);
	}

	/** Starts one instance and leaves it waiting at the first step. */
	static FinishedTestProcess started(ProcessEngine engine) {
		deploy(engine);
		String businessKey = "audit-open-" + UUID.randomUUID().toString().substring(0, 8);
		ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(KEY, businessKey);
		return new FinishedTestProcess(instance.getId(), businessKey);
	}

	private static void deploy(ProcessEngine engine) {
		engine.getRepositoryService()
			.createDeployment()
			.name(KEY)
			.enableDuplicateFiltering(true)
			.addModelInstance(KEY + ".bpmn", model())
			.deploy();
	}

	private static void completeAs(ProcessEngine engine, String userId, String processInstanceId) {
		IdentityService identity = engine.getIdentityService();
		Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
		identity.setAuthentication(userId, List.of(Side.AGENCY.groupId()));
		try {
			engine.getTaskService().complete(task.getId());
		}
		finally {
			identity.clearAuthentication();
		}
	}
}
