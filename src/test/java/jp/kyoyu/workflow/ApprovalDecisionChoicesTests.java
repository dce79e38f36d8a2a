package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * Tasklist's approval form offers 「前の承認者へ差し戻す」 exactly where the server accepts it ({@link Routes#previousApprover}):
 * only when an approver comes before the step. The form decides it from the process's {@code kinds} and {@code idx}
 * (issue #21: no task variable of its own any more).
 */
class ApprovalDecisionChoicesTests {

	private static final String PREVIOUS = "SEND_BACK_TO_PREVIOUS";

	@Test
	void offersTheSendBackToThePreviousApproverOnlyAfterAnApprover() {
		assertThat(offered("APPROVER,APPROVER,APPROVER", 0)).as("the first approver")
			.containsExactly("APPROVE", "SEND_BACK_TO_PROPOSER");
		assertThat(offered("APPROVER,APPROVER,APPROVER", 1)).as("the second")
			.containsExactly("APPROVE", "SEND_BACK_TO_PROPOSER", PREVIOUS);
		assertThat(offered("APPROVER,APPROVER,APPROVER", 2)).as("the last").contains(PREVIOUS);
		assertThat(offered("VIEWER,APPROVER", 1)).as("only a viewer before").doesNotContain(PREVIOUS);
		assertThat(offered("VIEWER,APPROVER,VIEWER,APPROVER", 3)).as("an approver two steps before")
			.contains(PREVIOUS);
	}

	@Test
	void agreesWithTheServerOnEveryPositionOfMixedRoutes() {
		for (String kinds : List.of("APPROVER", "VIEWER,APPROVER,APPROVER", "APPROVER,VIEWER,VIEWER,APPROVER",
				"VIEWER,VIEWER,APPROVER,VIEWER,APPROVER")) {
			List<String> each = Routes.list(kinds);
			for (int idx = 0; idx < each.size(); idx++) {
				assertThat(offered(kinds, idx).contains(PREVIOUS)).as(kinds + " at " + idx)
					.isEqualTo(Routes.previousApprover(each, idx) >= 0);
			}
		}
	}

	private static List<String> offered(String kinds, int idx) {
		return ApprovalDecisionChoices.offered(Variables.createVariables().putValue("kinds", kinds).putValue("idx", idx));
	}
}
