package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The default route table {@code dmn/approval-route.dmn} evaluated as the engine does (issue #20): every rule is hit
 * by the document types it names, and every registered type finds a route for the side that raises it.
 */
class ApprovalRouteDecisionTests {

	private static DmnDecision decision;

	private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	@BeforeAll
	static void parse() throws IOException {
		try (InputStream dmn = Files.newInputStream(Path.of("dmn/approval-route.dmn"))) {
			decision = ENGINE.parseDecision("ApprovalRoute", dmn);
		}
	}

	@ParameterizedTest(name = "{0} from {2}")
	@CsvSource(delimiter = '|', value = {
			// the works types of the contractor: 監督員, then 主任監督員 (Rule_1, Rule_2)
			"constructionPlan | - | CONTRACTOR | SUPERVISOR:APPROVER, SENIOR_SUPERVISOR:APPROVER",
			"holidayNightWork | - | CONTRACTOR | SUPERVISOR:APPROVER, SENIOR_SUPERVISOR:APPROVER",
			"accidentReport | - | CONTRACTOR | SUPERVISOR:APPROVER, SENIOR_SUPERVISOR:APPROVER",
			"constructionSystemRegister | - | CONTRACTOR | SUPERVISOR:APPROVER, SENIOR_SUPERVISOR:APPROVER",
			"suppliedMaterialReceipt | - | CONTRACTOR | SUPERVISOR:APPROVER, SENIOR_SUPERVISOR:APPROVER",
			"periodExtension | - | CONTRACTOR | SUPERVISOR:APPROVER, SENIOR_SUPERVISOR:APPROVER",
			"creativityReport | - | CONTRACTOR | SUPERVISOR:APPROVER, SENIOR_SUPERVISOR:APPROVER",
			// a 承諾・協議 of the 工事打合せ簿 is also shown to the 総括監督員 (Rule_3), other matters are not
			"worksMeetingRecord | CONSENT | CONTRACTOR | SUPERVISOR:APPROVER, SENIOR_SUPERVISOR:APPROVER, GENERAL_SUPERVISOR:VIEWER",
			"worksMeetingRecord | REPORT | CONTRACTOR | SUPERVISOR:APPROVER, SENIOR_SUPERVISOR:APPROVER",
			// the agency's 工事打合せ簿: 主任監督員 approves, 現場代理人 views (Rule_4, Rule_5)
			"worksMeetingRecord | INSTRUCTION | AGENCY | SENIOR_SUPERVISOR:APPROVER, SITE_AGENT:VIEWER",
			// services of the contractor: 業務担当員 approves, 総括監督員 views (Rule_6, Rule_7)
			"servicePlanSubmission | - | CONTRACTOR | SERVICE_SUPERVISOR:APPROVER, GENERAL_SUPERVISOR:VIEWER",
			"servicePerformanceReport | - | CONTRACTOR | SERVICE_SUPERVISOR:APPROVER, GENERAL_SUPERVISOR:VIEWER",
			"verificationReport | - | CONTRACTOR | SERVICE_SUPERVISOR:APPROVER, GENERAL_SUPERVISOR:VIEWER",
			"deliverableSubmission | - | CONTRACTOR | SERVICE_SUPERVISOR:APPROVER, GENERAL_SUPERVISOR:VIEWER",
			"serviceCompletionReport | - | CONTRACTOR | SERVICE_SUPERVISOR:APPROVER, GENERAL_SUPERVISOR:VIEWER",
			// the agency's 打合せ記録簿: the 管理技術者 views (Rule_8)
			"serviceMeetingRecord | - | AGENCY | MANAGING_ENGINEER:VIEWER",
			// a contractor-only type raised by the agency has no default route (the proposer picks one)
			"periodExtension | - | AGENCY | ",
			"verificationReport | - | AGENCY | " })
	void theTableAnswersTheDefaultRoute(String type, String matter, String side, String expected) {
		List<String> route = route(type, "-".equals(matter) ? null : matter, side);
		assertThat(String.join(", ", route)).isEqualTo(expected == null ? "" : expected);
	}

	/** A type added to the register without a route row would leave its proposer to pick every step by hand. */
	@Test
	void everyRegisteredTypeHasARouteForTheSideThatRaisesIt() throws IOException {
		String register = Files.readString(Path.of("src/main/resources/proposal/document-types.yaml"));
		Matcher entry = Pattern.compile("key: (\\w+),.*?side: (\\w+)", Pattern.DOTALL).matcher(register);
		int types = 0;
		while (entry.find()) {
			types++;
			String side = entry.group(2).equals("AGENCY") ? "AGENCY" : "CONTRACTOR";
			assertThat(route(entry.group(1), null, side)).as(entry.group(1)).isNotEmpty();
		}
		assertThat(types).isEqualTo(18);
	}

	private static List<String> route(String type, String matter, String side) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("documentType", type);
		variables.put("matter", matter);
		variables.put("proposerSide", side);
		List<Map<String, Object>> rows = new ArrayList<>(ENGINE.evaluateDecisionTable(decision, variables).getResultList());
		rows.sort((a, b) -> Integer.compare(((Number) a.get("order")).intValue(), ((Number) b.get("order")).intValue()));
		return rows.stream().map(row -> row.get("role") + ":" + row.get("kind")).toList();
	}
}
