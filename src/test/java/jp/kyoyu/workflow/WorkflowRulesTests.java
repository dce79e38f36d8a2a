package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.kyoyu.proposal.ApprovalAction;

/** The index arithmetic of the route and the rules a task completion must follow. */
class WorkflowRulesTests {

	private static final List<String> KINDS = List.of("APPROVER", "VIEWER", "APPROVER", "VIEWER", "APPROVER");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Test
	void previousAndNextApproverSkipViewers() {
		assertThat(Routes.previousApprover(KINDS, 0)).isEqualTo(-1);
		assertThat(Routes.previousApprover(KINDS, 2)).isEqualTo(0);
		assertThat(Routes.previousApprover(KINDS, 4)).isEqualTo(2);
		assertThat(Routes.previousApprover(KINDS, 9)).isEqualTo(4);
		assertThat(Routes.nextApprover(KINDS, 0)).isEqualTo(2);
		assertThat(Routes.nextApprover(KINDS, 2)).isEqualTo(4);
		assertThat(Routes.nextApprover(KINDS, 4)).isEqualTo(-1);
	}

	/** The one decision of where a send-back goes, which the model's gateway and the mail both read (issue #19). */
	@Test
	void aSendBackGoesToThePreviousApproverElseToTheProposer() {
		String kinds = String.join(",", KINDS);
		assertThat(Routes.sendBackTo("SEND_BACK_TO_PREVIOUS", kinds, 4)).isEqualTo(2);
		assertThat(Routes.sendBackTo("SEND_BACK_TO_PREVIOUS", kinds, 2)).isEqualTo(0);
		assertThat(Routes.sendBackTo("SEND_BACK_TO_PREVIOUS", kinds, 0)).as("the first approver: the proposer")
			.isEqualTo(-1);
		assertThat(Routes.sendBackTo("SEND_BACK_TO_PROPOSER", kinds, 4)).isEqualTo(-1);
		assertThat(Routes.sendBackTo("APPROVE", kinds, 4)).isEqualTo(-1);
		assertThat(Routes.sendBackTo(null, kinds, 4)).isEqualTo(-1);
	}

	@Test
	void theProcessKeepsTheRouteAsCommaSeparatedStringsAndReadsOldJsonListsToo() {
		List<RouteStep> route = List.of(new RouteStep("kantoku", RouteRole.APPROVER),
				new RouteStep("yamada.taro", RouteRole.VIEWER), new RouteStep("shunin", RouteRole.APPROVER));
		assertThat(Routes.users(route)).isEqualTo("kantoku,yamada.taro,shunin");
		assertThat(Routes.kinds(route)).isEqualTo("APPROVER,VIEWER,APPROVER");
		assertThat(Routes.list(Routes.users(route))).containsExactly("kantoku", "yamada.taro", "shunin");
		assertThat(Routes.list(List.of("kantoku", "shunin"))).containsExactly("kantoku", "shunin");
		assertThat(Routes.list("")).isEmpty();
		assertThat(Routes.list(null)).isEmpty();
	}

	@Test
	void aSendBackNeedsItsReason() {
		assertThat(StepRules.problems(TaskKind.APPROVE,
				new TaskCompletion(ApprovalAction.SEND_BACK_TO_PREVIOUS, " ", null, null), TODAY))
			.extracting(p -> p.field() + ":" + p.message())
			.containsExactly("comment:差し戻すときは「コメント」に理由を書いてください。");
		assertThat(StepRules.problems(TaskKind.APPROVE,
				new TaskCompletion(ApprovalAction.SEND_BACK_TO_PROPOSER, "根拠不足", null, null), TODAY)).isEmpty();
	}

	@Test
	void theActionMustFitTheTask() {
		assertThat(StepRules.problems(TaskKind.VIEW, new TaskCompletion(ApprovalAction.APPROVE, null, null, null),
				TODAY)).extracting(p -> p.field()).containsExactly("action");
		assertThat(StepRules.problems(TaskKind.APPROVE, new TaskCompletion(null, null, null, null), TODAY))
			.extracting(p -> p.message()).allMatch(m -> m.contains("承認") && m.contains("差戻し"));
		assertThat(StepRules.action("CONFIRM", TaskKind.VIEW)).isEqualTo(ApprovalAction.CONFIRM);
		assertThat(StepRules.action("nonsense", TaskKind.APPROVE)).isNull();
	}

	@Test
	void thePlannedAnswerDateIsNotInThePastAndFormDatesAreRead() {
		assertThat(StepRules.problems(TaskKind.APPROVE,
				new TaskCompletion(ApprovalAction.APPROVE, null, null, TODAY.minusDays(1)), TODAY))
			.extracting(p -> p.field()).containsExactly("plannedAnswerDate");
		assertThat(StepRules.date("2026-12-01")).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(StepRules.date("2026-12-01T00:00:00")).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(StepRules.date("")).isNull();
	}
}
