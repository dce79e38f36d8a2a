package jp.kyoyu.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of bpmn/pre-consultation.bpmn on an engine without Spring: which steps run (the beans are a fake
 * that records its calls), in which order, where the instance waits and at which end event it finishes.
 */
@Deployment(resources = "bpmn/pre-consultation.bpmn")
class PreConsultationProcessTests {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("consultation.camunda.cfg.xml")
		.build();

	/**
	 * Stands in for the step beans of the model ({@code preConsultationNotifyRegistered} and the others): each
	 * records its call with the variables it read, the decision fails when told.
	 */
	public static class FakeSteps {

		final List<String> calls = new ArrayList<>();

		boolean decisionFails;

		final JavaDelegate notifyRegistered = execution -> calls
			.add("registered " + execution.getProcessBusinessKey() + " " + execution.getVariable("actor"));

		final JavaDelegate notifyCommented = execution -> calls.add("commented " + execution.getProcessBusinessKey()
				+ " " + execution.getVariable("actor") + " " + execution.getVariable("commentId"));

		final JavaDelegate notifyAgreed = execution -> calls
			.add("agreed " + execution.getProcessBusinessKey() + " " + execution.getVariable("actor"));

		final JavaDelegate startDecision = execution -> {
			if (decisionFails) {
				throw new IllegalStateException("書類を作成できませんでした");
			}
			calls.add("decision " + execution.getProcessBusinessKey() + " " + execution.getVariable("proposalType")
					+ " " + execution.getVariable("actor"));
			execution.setVariable("proposalId", 4711L);
		};

		void register() {
			Mocks.register("preConsultationNotifyRegistered", notifyRegistered);
			Mocks.register("preConsultationNotifyCommented", notifyCommented);
			Mocks.register("preConsultationNotifyAgreed", notifyAgreed);
			Mocks.register("preConsultationStartDecision", startDecision);
		}
	}

	FakeSteps steps;

	@BeforeEach
	void fake() {
		// the shared Spring context of the integration tests may run an engine too: name ours
		BpmnAwareTests.init(engine.getProcessEngine());
		steps = new FakeSteps();
		steps.register();
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void registeringTellsTheOtherSideAndWaitsForWhatComesNext() {
		ProcessInstance pi = start("101", "gyomu");
		assertThat(pi).isStarted().hasPassed("Task_NotifyRegistered").hasBusinessKey("101");
		assertThat(pi).isWaitingFor(PreConsultationProcess.COMMENTED, PreConsultationProcess.AGREED,
				PreConsultationProcess.CONVERTED, PreConsultationProcess.WITHDRAWN);
		Assertions.assertThat(steps.calls).containsExactly("registered 101 gyomu");
	}

	@Test
	void commentsAreToldEachTimeAndTheStageGoesOnWaiting() {
		ProcessInstance pi = start("102", "gyomu");
		tell("102", PreConsultationProcess.COMMENTED, Map.of("actor", "tanto", "commentId", 7L));
		tell("102", PreConsultationProcess.COMMENTED, Map.of("actor", "gyomu", "commentId", 8L));
		assertThat(pi).hasPassedInOrder("Task_NotifyRegistered", "Task_NotifyCommented", "Task_NotifyCommented")
			.isWaitingFor(PreConsultationProcess.CONVERTED);
		Assertions.assertThat(steps.calls).containsExactly("registered 102 gyomu", "commented 102 tanto 7",
				"commented 102 gyomu 8");
	}

	@Test
	void commentAgreementThenConversionEndsAsProposalWithItsId() {
		ProcessInstance pi = start("103", "gyomu");
		tell("103", PreConsultationProcess.COMMENTED, Map.of("actor", "tanto", "commentId", 9L));
		tell("103", PreConsultationProcess.AGREED, Map.of("actor", "tanto"));
		assertThat(pi).hasPassed("Task_NotifyAgreed").isWaitingFor(PreConsultationProcess.CONVERTED);
		tell("103", PreConsultationProcess.CONVERTED, Map.of("actor", "gyomu", "proposalType", "serviceMeetingRecord"));
		assertThat(pi).hasPassed("Task_StartDecision").isEnded().hasPassed("Event_ConvertedEnd")
			.hasNotPassed("Event_WithdrawnEnd");
		Assertions.assertThat(steps.calls).containsExactly("registered 103 gyomu", "commented 103 tanto 9",
				"agreed 103 tanto", "decision 103 serviceMeetingRecord gyomu");
		Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
			.processInstanceId(pi.getId()).variableName("proposalId").singleResult().getValue()).isEqualTo(4711L);
	}

	@Test
	void conversionRightAfterRegistrationNeedsNoAgreement() {
		ProcessInstance pi = start("104", "tanto");
		tell("104", PreConsultationProcess.CONVERTED, Map.of("actor", "tanto", "proposalType", "worksMeetingRecord"));
		assertThat(pi).isEnded().hasPassed("Event_ConvertedEnd").hasNotPassed("Task_NotifyCommented", "Task_NotifyAgreed");
		Assertions.assertThat(steps.calls).containsExactly("registered 104 tanto", "decision 104 worksMeetingRecord tanto");
	}

	@Test
	void withdrawalEndsTheStageWithoutAProposal() {
		ProcessInstance pi = start("105", "gyomu");
		tell("105", PreConsultationProcess.COMMENTED, Map.of("actor", "tanto", "commentId", 10L));
		tell("105", PreConsultationProcess.WITHDRAWN, Map.of("actor", "gyomu"));
		assertThat(pi).isEnded().hasPassed("Event_WithdrawnEnd").hasNotPassed("Task_StartDecision");
		Assertions.assertThat(steps.calls).containsExactly("registered 105 gyomu", "commented 105 tanto 10");
	}

	@Test
	void agreedMatterMayStillBeWithdrawn() {
		ProcessInstance pi = start("106", "gyomu");
		tell("106", PreConsultationProcess.AGREED, Map.of("actor", "tanto"));
		tell("106", PreConsultationProcess.WITHDRAWN, Map.of("actor", "gyomu"));
		assertThat(pi).isEnded().hasPassedInOrder("Task_NotifyAgreed", "Event_WithdrawnEnd");
	}

	@Test
	void aFailingDecisionStepLeavesTheStageWaitingAsBefore() {
		ProcessInstance pi = start("107", "gyomu");
		steps.decisionFails = true;
		Assertions.assertThatThrownBy(() -> tell("107", PreConsultationProcess.CONVERTED,
				Map.of("actor", "gyomu", "proposalType", "serviceMeetingRecord")))
			// a delegate's own exception reaches the caller as itself (an expression's came wrapped by the engine)
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("書類を作成できませんでした");
		assertThat(pi).isNotEnded().isWaitingFor(PreConsultationProcess.CONVERTED, PreConsultationProcess.WITHDRAWN);
		steps.decisionFails = false;
		tell("107", PreConsultationProcess.CONVERTED, Map.of("actor", "gyomu", "proposalType", "serviceMeetingRecord"));
		assertThat(pi).isEnded().hasPassed("Event_ConvertedEnd");
	}

	private static ProcessInstance start(String matterId, String actor) {
		return runtimeService().startProcessInstanceByKey(PreConsultationProcess.KEY, matterId, Map.of("actor", actor));
	}

	private static void tell(String matterId, String message, Map<String, Object> variables) {
		runtimeService().createMessageCorrelation(message)
			.processInstanceBusinessKey(matterId)
			.setVariables(variables)
			.correlate();
	}
}
