package jp.kyoyu.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of bpmn/proposal-approval.bpmn and bpmn/post-review.bpmn, on an engine of their own. */
@Deployment(resources = { "bpmn/proposal-approval.bpmn", "bpmn/post-review.bpmn", "forms/approval-decision.form",
		"forms/view-confirmation.form", "forms/revision.form", "forms/post-review.form" })
class ProposalApprovalProcessTests {

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder()
		.configurationResource("workflow-process-tests.cfg.xml")
		.build();

	ProcessEngine engine;

	final ProcessDoubles doubles = new ProcessDoubles();

	@BeforeEach
	void setUp() {
		engine = extension.getProcessEngine();
		init(engine);
		doubles.register();
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	private ProcessInstance start(String key, RouteStep... route) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("proposalId", 1L);
		variables.put("proposer", "genba");
		variables.put("route", Routes.users(List.of(route)));
		variables.put("kinds", Routes.kinds(List.of(route)));
		variables.put("idx", 0);
		variables.put("importance", "IMPORTANT");
		variables.put("stepBusinessDays", 3);
		ProcessInstance instance = runtimeService().startProcessInstanceByKey("ProposalApprovalProcess", key,
				variables);
		assertThat(instance).isStarted();
		return instance;
	}

	private static RouteStep approver(String userId) {
		return new RouteStep(userId, RouteRole.APPROVER);
	}

	private static RouteStep viewer(String userId) {
		return new RouteStep(userId, RouteRole.VIEWER);
	}

	private static void decide(ProcessInstance instance, String action) {
		complete(task(instance), withVariables("action", action, "comment", "理由"));
	}

	@Test
	void everyApproverApprovesInOrderAndTheRouteEndsApproved() {
		ProcessInstance pi = start("10", approver("kantoku"), approver("shunin"));
		assertThat(pi).isWaitingAt("Task_Approve").task().isAssignedTo("kantoku").hasFormKey(null);
		Assertions.assertThat(task(pi).getDueDate()).isNotNull();
		Assertions.assertThat(task(pi).getPriority()).isEqualTo(80);
		Assertions.assertThat(formService().getTaskFormData(task(pi).getId()).getCamundaFormRef().getKey())
			.isEqualTo("approvalDecision");
		decide(pi, "APPROVE");
		assertThat(pi).isWaitingAt("Task_Approve").task().isAssignedTo("shunin");
		decide(pi, "APPROVE");
		assertThat(pi).isEnded().hasPassed("Task_RecordApproval", "Event_Approved");
		Assertions.assertThat(doubles.calls).contains("routeCompleted", "create:Task_Approve:kantoku",
				"complete:Task_Approve:kantoku", "create:Task_Approve:shunin");
	}

	@Test
	void viewersConfirmReading() {
		ProcessInstance pi = start("11", approver("kantoku"), viewer("sokatsu"));
		decide(pi, "APPROVE");
		assertThat(pi).isWaitingAt("Task_View").task().isAssignedTo("sokatsu");
		Assertions.assertThat(formService().getTaskFormData(task(pi).getId()).getCamundaFormRef().getKey())
			.isEqualTo("viewConfirmation");
		complete(task(pi), withVariables("confirmed", true));
		assertThat(pi).isEnded().hasPassed("Task_View", "Event_Approved");
	}

	@Test
	void sendBackToTheProposerReopensAndTheResubmissionReturnsToTheSameApprover() {
		ProcessInstance pi = start("12", approver("kantoku"), approver("shunin"));
		decide(pi, "APPROVE");
		decide(pi, "SEND_BACK_TO_PROPOSER");
		assertThat(pi).isWaitingAt("Task_Revise").task().isAssignedTo("genba");
		complete(task(pi), withVariables("comment", "直しました"));
		assertThat(pi).isWaitingAt("Task_Approve").task().isAssignedTo("shunin");
		decide(pi, "APPROVE");
		assertThat(pi).isEnded();
	}

	@Test
	void sendBackToThePreviousApproverSkipsViewers() {
		ProcessInstance pi = start("13", approver("kantoku"), viewer("tanto"), approver("shunin"));
		decide(pi, "APPROVE");
		complete(task(pi));
		assertThat(pi).isWaitingAt("Task_Approve").task().isAssignedTo("shunin");
		decide(pi, "SEND_BACK_TO_PREVIOUS");
		assertThat(pi).isWaitingAt("Task_Approve").task().isAssignedTo("kantoku");
	}

	@Test
	void sendBackToThePreviousFromTheFirstApproverGoesToTheProposer() {
		ProcessInstance pi = start("14", approver("kantoku"));
		decide(pi, "SEND_BACK_TO_PREVIOUS");
		assertThat(pi).isWaitingAt("Task_Revise").task().isAssignedTo("genba");
	}

	@Test
	void aDeputyIsOfferedTheTaskOfAnAbsentApprover() {
		doubles.deputies.put("kantoku", "sokatsu");
		ProcessInstance pi = start("15", approver("kantoku"));
		assertThat(pi).task().isAssignedTo("kantoku");
		Assertions.assertThat(taskService().createTaskQuery().taskCandidateUser("sokatsu").includeAssignedTasks()
			.processInstanceId(pi.getId()).count()).isEqualTo(1);
		complete(task(pi), withVariables("action", "APPROVE"));
		assertThat(pi).isEnded();
	}

	@Test
	void approvingAheadSkipsTheAbsentApproverWhoGetsAPostReviewInItsOwnProcess() {
		ProcessInstance pi = start("16", approver("kantoku"), approver("shunin"), approver("sokatsu"));
		runtimeService().createMessageCorrelation("ApproveAhead").processInstanceBusinessKey("16")
			.setVariable("aheadUser", "shunin").setVariable("aheadIndex", 1).correlate();
		assertThat(pi).hasPassed("Event_ApproveAhead", "Task_RequestPostReview").isWaitingAt("Task_Approve")
			.task().isAssignedTo("sokatsu");
		ProcessInstance review = processInstanceQuery().processDefinitionKey("PostReviewProcess")
			.processInstanceBusinessKey("16").singleResult();
		assertThat(review).isWaitingAt("Task_PostReview").task().isAssignedTo("kantoku");
		decide(pi, "APPROVE");
		assertThat(pi).isEnded().hasPassed("Event_Approved");
		assertThat(review).isNotEnded();
		Assertions.assertThat(formService().getTaskFormData(task(review).getId()).getCamundaFormRef().getKey())
			.isEqualTo("postReview");
		complete(task(review), withVariables("comment", "確認しました"));
		assertThat(review).isEnded().hasPassed("Event_PostReviewed");
	}

	@Test
	void approvingAheadOfTheLastButOneEndsTheRoute() {
		ProcessInstance pi = start("17", approver("kantoku"), approver("shunin"));
		runtimeService().createMessageCorrelation("ApproveAhead").processInstanceBusinessKey("17")
			.setVariable("aheadUser", "shunin").setVariable("aheadIndex", 1).correlate();
		assertThat(pi).isEnded().hasPassed("Task_RequestPostReview", "Event_Approved");
	}

	@Test
	void theDailyTimerRemindsWithoutEndingTheStep() {
		ProcessInstance pi = start("18", approver("kantoku"));
		Job timer = managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
		Assertions.assertThat(timer).isNotNull();
		execute(timer);
		Job reminder = managementService().createJobQuery().processInstanceId(pi.getId()).messages().singleResult();
		execute(reminder);
		Assertions.assertThat(doubles.calls).contains("remind");
		assertThat(pi).hasPassed("Event_Reminded").isWaitingAt("Task_Approve");
		// the cycle goes on: tomorrow's timer is there
		Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).timers().count())
			.isEqualTo(1);
		Task task = task(pi);
		Assertions.assertThat(task.getAssignee()).isEqualTo("kantoku");
	}

	@Test
	void theRevisionFormIsTheProposers() {
		ProcessInstance pi = start("19", approver("kantoku"));
		decide(pi, "SEND_BACK_TO_PROPOSER");
		Assertions.assertThat(formService().getTaskFormData(task(pi).getId()).getCamundaFormRef().getKey())
			.isEqualTo("revision");
	}
}
