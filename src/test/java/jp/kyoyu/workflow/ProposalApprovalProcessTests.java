package jp.kyoyu.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
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

/** Every path of bpmn/proposal-approval.bpmn, bpmn/post-review.bpmn and bpmn/overdue-reminders.bpmn, on an engine of their own. */
@Deployment(resources = { "bpmn/proposal-approval.bpmn", "bpmn/post-review.bpmn", "bpmn/overdue-reminders.bpmn",
		"forms/approval-decision.form",
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

	/** What the portal's approve-ahead does: the later approver ends the absent approver's step. */
	private static void approveAhead(ProcessInstance instance, String aheadUser, int aheadIndex) {
		complete(task(instance), withVariables("action", "APPROVE_AHEAD", "aheadUser", aheadUser, "aheadIndex",
				aheadIndex));
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

	/**
	 * Approvals submitted before the route became a string carry it as two JSON lists; the same model must route them
	 * (send-back to the previous approver included) to the same people.
	 */
	@Test
	void anApprovalSubmittedWithTheRouteAsJsonListsStillFollowsIt() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("proposalId", 1L);
		variables.put("proposer", "genba");
		variables.put("route", jsonList("kantoku", "tanto", "shunin"));
		variables.put("kinds", jsonList("APPROVER", "VIEWER", "APPROVER"));
		variables.put("idx", 0);
		variables.put("importance", "NORMAL");
		variables.put("stepBusinessDays", 3);
		ProcessInstance pi = runtimeService().startProcessInstanceByKey("ProposalApprovalProcess", "18", variables);
		assertThat(pi).isWaitingAt("Task_Approve").task().isAssignedTo("kantoku");
		Assertions.assertThat(task(pi).getPriority()).isEqualTo(50);
		decide(pi, "APPROVE");
		assertThat(pi).isWaitingAt("Task_View").task().isAssignedTo("tanto");
		complete(task(pi));
		decide(pi, "SEND_BACK_TO_PREVIOUS");
		assertThat(pi).isWaitingAt("Task_Approve").task().isAssignedTo("kantoku");
	}

	private static Object jsonList(String... values) {
		return org.camunda.bpm.engine.variable.Variables.objectValue(new java.util.ArrayList<>(List.of(values)))
			.serializationDataFormat(org.camunda.bpm.engine.variable.Variables.SerializationDataFormats.JSON)
			.create();
	}

	/**
	 * The listeners hand the step's holder, deputies, due date and position to the model as transient variables:
	 * the task keeps what it was given and nothing stale is stored for the next step (absences change).
	 */
	@Test
	void theStepsPlacementIsHandedOverWithoutBeingStored() {
		doubles.deputies.put("kantoku", "sokatsu");
		ProcessInstance pi = start("20", approver("kantoku"), viewer("tanto"));
		Assertions.assertThat(task(pi).getDueDate()).isNotNull();
		Assertions.assertThat(runtimeService().getVariables(pi.getId())).doesNotContainKeys("stepHolder",
				"stepDeputies", "stepDue", "routeEnded", "stepIsViewer", "sendBackTo").containsKeys("idx", "priority");
		Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
			.variableNameIn("stepHolder", "stepDeputies", "stepDue", "routeEnded", "stepIsViewer").count()).isZero();
		decide(pi, "APPROVE");
		assertThat(pi).isWaitingAt("Task_View").task().isAssignedTo("tanto");
		Assertions.assertThat(taskService().createTaskQuery().taskCandidateUser("sokatsu").includeAssignedTasks()
			.processInstanceId(pi.getId()).count()).isZero();
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
		approveAhead(pi, "shunin", 1);
		assertThat(pi).hasPassed("Task_RequestPostReview").isWaitingAt("Task_Approve")
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
		approveAhead(pi, "shunin", 1);
		assertThat(pi).isEnded().hasPassed("Task_RequestPostReview", "Event_Approved");
	}

	@Test
	void everyMorningOneTimerRemindsAboutAllOverdueStepsAndTheStepsCarryNoTimersOfTheirOwn() {
		ProcessInstance pi = start("18", approver("kantoku"));
		Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
		Job morning = managementService().createJobQuery().timers().processDefinitionKey("OverdueReminderProcess")
			.singleResult();
		Assertions.assertThat(morning).isNotNull();
		execute(morning);
		Assertions.assertThat(doubles.calls).contains("remindOverdue");
		assertThat(pi).isWaitingAt("Task_Approve").task().isAssignedTo("kantoku");
		// the cycle goes on: the next morning's timer is there, at 08:00 server time
		Job next = managementService().createJobQuery().timers().processDefinitionKey("OverdueReminderProcess")
			.singleResult();
		LocalDateTime at = LocalDateTime.ofInstant(next.getDuedate().toInstant(), ZoneId.systemDefault());
		Assertions.assertThat(at.toLocalTime()).isEqualTo(LocalTime.of(8, 0));
		Assertions.assertThat(next.getDuedate()).isAfterOrEqualTo(morning.getDuedate());
	}

	@Test
	void theRevisionFormIsTheProposers() {
		ProcessInstance pi = start("19", approver("kantoku"));
		decide(pi, "SEND_BACK_TO_PROPOSER");
		Assertions.assertThat(formService().getTaskFormData(task(pi).getId()).getCamundaFormRef().getKey())
			.isEqualTo("revision");
	}
}
