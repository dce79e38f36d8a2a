package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #20: four more document types of the 工事関係書類一覧表, each with its Camunda Form (its required fields
 * refused when empty), the project's prefill and a default route from {@code dmn/approval-route.dmn}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MoreDocumentTypesIntegrationTests {

	private static final String SERVICE = "中部地区 農地整備事業 測量設計業務委託";

	@LocalServerPort
	int port;

	@Test
	void theNewWorksTypesArePrefilledCheckedAndRoutedToTheSupervisors() {
		WorkflowApi api = new WorkflowApi(port);
		long project = api.worksProject();
		for (String type : new String[] { "constructionPlan", "holidayNightWork", "accidentReport" }) {
			JsonNode draft = api.ok("POST", "/api/v1/projects/" + project + "/proposals", "genba",
					Map.of("type", type, "title", "新しい種類 " + type));
			long id = draft.get("id").asLong();
			assertThat(draft.get("fields").get("projectName").asText()).as(type).isEqualTo(WorkflowApi.WORKS);
			assertThat(api.ok("GET", "/api/v1/proposals/" + id + "/default-route", "genba", null))
				.extracting(step -> step.get("userId").asText() + ":" + step.get("role").asText()).as(type)
				.containsExactly("kantoku:APPROVER", "shunin:APPROVER");
			HttpResponse<String> incomplete = api.call("POST", "/api/v1/proposals/" + id + "/submit", "genba",
					Map.of("route", java.util.List.of(Map.of("userId", "kantoku", "role", "APPROVER")),
							"requestedAnswerDate", LocalDate.now().plusDays(7).toString()));
			assertThat(incomplete.statusCode()).as(type).isEqualTo(422);
			assertThat(incomplete.body()).as(type).contains("を入力してください");
		}
		JsonNode plan = api.ok("POST", "/api/v1/projects/" + project + "/proposals", "genba", Map.of("type",
				"constructionPlan", "title", "施工計画書（当初）", "fields", Map.of("planKind", "INITIAL", "content",
						"工程・施工方法・安全管理を記載します。")));
		assertThat(api.submit(plan.get("id").asLong(), "kantoku").get("status").asText()).isEqualTo("IN_REVIEW");
		assertThat(api.call("POST", "/api/v1/projects/" + project + "/proposals", "kantoku",
				Map.of("type", "accidentReport")).statusCode()).as("the contractor's report only").isEqualTo(400);
	}

	@Test
	void theServicesPerformanceReportGoesToTheServiceSupervisor() {
		WorkflowApi api = new WorkflowApi(port);
		long project = -1;
		for (JsonNode p : api.ok("GET", "/api/v1/projects", "gyomu", null)) {
			if (SERVICE.equals(p.path("name").asText())) {
				project = p.get("id").asLong();
			}
		}
		JsonNode draft = api.ok("POST", "/api/v1/projects/" + project + "/proposals", "gyomu",
				Map.of("type", "servicePerformanceReport", "title", "履行報告 5月"));
		assertThat(draft.get("fields").get("projectName").asText()).isEqualTo(SERVICE);
		assertThat(api.ok("GET", "/api/v1/proposals/" + draft.get("id").asLong() + "/default-route", "gyomu", null))
			.extracting(step -> step.get("userId").asText() + ":" + step.get("role").asText())
			.as("the 業務担当員 approves (the 総括監督員 row finds no such member in the demo service project)")
			.containsExactly("tanto:APPROVER");
		HttpResponse<String> badMonth = api.call("POST", "/api/v1/proposals/" + draft.get("id").asLong() + "/validate",
				"gyomu", null);
		assertThat(badMonth.statusCode()).isEqualTo(422);
		assertThat(badMonth.body()).contains("報告対象月");
	}
}
