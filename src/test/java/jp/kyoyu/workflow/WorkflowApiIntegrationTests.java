package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;


/** The approval workflow's JSON contract (issue #4) over real HTTP, as the demo users on the demo works project. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkflowApiIntegrationTests {

	/** The server's dates are Japan's; the machine running the tests may be in UTC (15:00–24:00 UTC is another day). */
	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	@LocalServerPort
	int port;

	WorkflowApi api;

	long project;

	@BeforeEach
	void setUp() {
		api = new WorkflowApi(port);
		project = api.worksProject();
	}

	private static String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void anIncompleteDocumentIsRefusedWith422NamingTheField() {
		long id = api.draft(project, unique("未完成の打合せ簿"), "CONSULTATION");
		api.ok("PUT", "/api/v1/proposals/" + id, "genba", Map.of("fields", Map.of("matter", "CONSULTATION")));
		HttpResponse<String> refused = api.call("POST", "/api/v1/proposals/" + id + "/submit", "genba",
				Map.of("route", List.of(Map.of("userId", "kantoku", "role", "APPROVER")), "requestedAnswerDate",
						LocalDate.now(JAPAN).plusDays(7).toString()));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("\"field\":\"content\"", "「内容」を入力してください。");
		assertThat(api.proposal(id, "genba").get("status").asText()).isEqualTo("DRAFT");
	}

	@Test
	void aRouteOfOutsidersOrWithoutApproverIsRefused() {
		long id = api.draft(project, unique("経路の誤り"), "CONSULTATION");
		HttpResponse<String> refused = api.call("POST", "/api/v1/proposals/" + id + "/submit", "genba",
				Map.of("route", List.of(Map.of("userId", "gyomu", "role", "VIEWER")), "requestedAnswerDate",
						LocalDate.now(JAPAN).plusDays(7).toString()));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("この工事・業務のメンバーを選んでください", "承認者を1人以上");
	}

	@Test
	void aRouteLongerThanThirtyIsRefusedAndTheDocumentStaysADraft() {
		long id = api.draft(project, unique("長すぎる経路"), "CONSULTATION");
		List<Map<String, String>> route = new java.util.ArrayList<>();
		for (int i = 0; i < SubmissionStart.MAX_ROUTE_STEPS + 1; i++) {
			route.add(Map.of("userId", i % 2 == 0 ? "kantoku" : "shunin", "role", "APPROVER"));
		}
		HttpResponse<String> refused = api.call("POST", "/api/v1/proposals/" + id + "/submit", "genba",
				Map.of("route", route, "requestedAnswerDate", LocalDate.now(JAPAN).plusDays(7).toString()));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("経路に入れられるのは30人までです。").as("one message, not one per step")
			.doesNotContain("同じ人を2回");
		assertThat(api.proposal(id, "genba").get("status").asText()).isEqualTo("DRAFT");
	}

	@Test
	void theDefaultRouteComesFromTheDecisionTableAsProjectMembers() {
		long id = api.draft(project, unique("既定の経路"), "CONSULTATION");
		JsonNode route = api.ok("GET", "/api/v1/proposals/" + id + "/default-route", "genba", null);
		assertThat(route).extracting(step -> step.get("userId").asText() + ":" + step.get("role").asText())
			.containsExactly("kantoku:APPROVER", "shunin:APPROVER", "sokatsu:VIEWER");
		long report = api.draft(project, unique("報告"), "REPORT");
		assertThat(api.ok("GET", "/api/v1/proposals/" + report + "/default-route", "genba", null))
			.extracting(step -> step.get("userId").asText()).containsExactly("kantoku", "shunin");
	}

	@Test
	void sendBackReviseResubmitAndApproveKeepsTheWholeRecordAndTheDates() {
		String title = unique("法面勾配の協議");
		long id = api.draft(project, title, "CONSULTATION");
		assertThat(api.submit(id, "kantoku", "shunin").get("status").asText()).isEqualTo("IN_REVIEW");
		JsonNode submitted = api.proposal(id, "kantoku");
		assertThat(submitted.get("status").asText()).isEqualTo("IN_REVIEW");
		assertThat(submitted.get("requestedAnswerDate").asText()).isEqualTo(LocalDate.now(JAPAN).plusDays(14).toString());
		assertThat(submitted.get("postReviewPending").asBoolean()).isFalse();
		assertThat(api.call("PUT", "/api/v1/proposals/" + id, "genba", Map.of("title", "変更")).statusCode())
			.isEqualTo(403);
		assertThat(api.hasTask("shunin", id)).isFalse();

		String kantokuTask = api.task("kantoku", id, "APPROVE");
		HttpResponse<String> noReason = api.complete("kantoku", kantokuTask, Map.of("action", "SEND_BACK_TO_PROPOSER"));
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("理由");
		assertThat(api.complete("kantoku", kantokuTask,
				Map.of("action", "SEND_BACK_TO_PROPOSER", "comment", "勾配の根拠を添えてください。")).statusCode())
			.isEqualTo(200);
		HttpResponse<String> again = api.complete("kantoku", kantokuTask, Map.of("action", "APPROVE"));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("すでに処理されています");

		assertThat(api.proposal(id, "genba").get("status").asText()).isEqualTo("SENT_BACK");
		api.ok("PUT", "/api/v1/proposals/" + id, "genba", Map.of("fields",
				Map.of("matter", "CONSULTATION", "content", "法面勾配を1:1.5に変更します。")));
		String revise = api.task("genba", id, "REVISE");
		HttpResponse<String> incomplete = api.complete("genba", revise, Map.of("action", "RESUBMIT"));
		assertThat(incomplete.statusCode()).isEqualTo(422);
		assertThat(incomplete.body()).contains("「発議年月日」を入力してください。");
		Map<String, Object> fields = new java.util.HashMap<>(
				api.json.convertValue(submitted.get("fields"), Map.class));
		fields.put("content", "法面勾配を1:1.5に変更します。根拠は添付のとおり。");
		api.ok("PUT", "/api/v1/proposals/" + id, "genba", Map.of("fields", fields));
		assertThat(api.complete("genba", revise, Map.of("action", "RESUBMIT", "comment", "根拠を追記")).statusCode())
			.isEqualTo(200);
		JsonNode revisions = api.ok("GET", "/api/v1/proposals/" + id + "/revisions", "kantoku", null);
		assertThat(revisions).hasSize(1);
		assertThat(revisions.get(0).get("changes").toString()).contains("内容");

		LocalDate planned = LocalDate.now(JAPAN).plusDays(10);
		assertThat(api.complete("kantoku", api.task("kantoku", id, "APPROVE"), Map.of("action", "APPROVE",
				"plannedAnswerDate", planned.toString(), "comment", "確認しました。")).statusCode()).isEqualTo(200);
		JsonNode received = api.proposal(id, "genba");
		assertThat(received.get("receiptDate").asText()).isEqualTo(LocalDate.now(JAPAN).toString());
		assertThat(received.get("plannedAnswerDate").asText()).isEqualTo(planned.toString());
		assertThat(api.complete("shunin", api.task("shunin", id, "APPROVE"),
				Map.of("action", "APPROVE", "answer", "承諾します。")).statusCode()).isEqualTo(200);

		JsonNode approved = api.proposal(id, "genba");
		assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
		assertThat(approved.get("answerDate").asText()).isEqualTo(LocalDate.now(JAPAN).toString());
		assertThat(approved.get("fields").get("answerContent").asText()).isEqualTo("承諾します。");
		assertThat(approved.get("fields").get("answerDate").asText()).isEqualTo(LocalDate.now(JAPAN).toString());
		assertThat(api.actions(id)).containsExactly("SUBMIT", "SEND_BACK_TO_PROPOSER", "RESUBMIT", "APPROVE",
				"APPROVE");
		JsonNode history = api.ok("GET", "/api/v1/proposals/" + id + "/history", "sokatsu", null);
		assertThat(history.get(1).get("comment").asText()).isEqualTo("勾配の根拠を添えてください。");
		assertThat(history.get(1).get("actor").asText()).isEqualTo("kantoku");
		assertThat(history.get(4).get("comment").asText()).contains("承諾します。");

		JsonNode list = api.ok("GET", "/api/v1/workflow/proposals?projectId=" + project
				+ "&status=APPROVED&sort=-submittedAt", "sokatsu", null);
		assertThat(list.get("items").findValuesAsText("title")).contains(title);
	}

	@Test
	void outsidersSeeNothing() {
		long id = api.draft(project, unique("部外者"), "CONSULTATION");
		api.submit(id, "kantoku");
		for (String path : List.of("/history", "/corrections", "/submission", "")) {
			assertThat(api.call("GET", "/api/v1/proposals/" + id + path, "gyomu", null).statusCode()).as(path)
				.isEqualTo(404);
		}
		assertThat(api.call("GET", "/api/v1/workflow/proposals?projectId=" + project, "gyomu", null).statusCode())
			.isEqualTo(404);
		assertThat(api.ok("GET", "/api/v1/workflow/proposals", "gyomu", null).get("items").findValuesAsText("proposalId"))
			.doesNotContain(String.valueOf(id));
		String task = api.task("kantoku", id, "APPROVE");
		assertThat(api.complete("gyomu", task, Map.of("action", "APPROVE")).statusCode()).isEqualTo(404);
		assertThat(api.complete("shunin", task, Map.of("action", "APPROVE")).statusCode()).isEqualTo(403);
	}

	@Test
	void onlyTheRoutesApproversAndTheGeneralSupervisorCorrectDatesAfterApproval() {
		long id = api.draft(project, unique("日付の訂正"), "REPORT");
		api.submit(id, "kantoku");
		Map<String, Object> fix = Map.of("field", "RECEIVED_ON", "value", "2026-04-01", "reason", "誤記");
		assertThat(api.call("POST", "/api/v1/proposals/" + id + "/corrections", "kantoku", fix).statusCode())
			.isEqualTo(409);
		api.complete("kantoku", api.task("kantoku", id, "APPROVE"), Map.of("action", "APPROVE"));
		HttpResponse<String> refused = api.call("POST", "/api/v1/proposals/" + id + "/corrections", "genba", fix);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("総括監督員");
		assertThat(api.call("POST", "/api/v1/proposals/" + id + "/corrections", "shunin", fix).statusCode())
			.isEqualTo(403);
		api.ok("POST", "/api/v1/proposals/" + id + "/corrections", "kantoku", fix);
		api.ok("POST", "/api/v1/proposals/" + id + "/corrections", "sokatsu",
				Map.of("field", "COMPLETED_ON", "value", "2026-04-03"));
		JsonNode corrections = api.ok("GET", "/api/v1/proposals/" + id + "/corrections", "genba", null);
		assertThat(corrections).hasSize(2);
		assertThat(corrections.get(0).get("oldValue").asText()).isEqualTo(LocalDate.now(JAPAN).toString());
		assertThat(corrections.get(0).get("newValue").asText()).isEqualTo("2026-04-01");
		assertThat(corrections.get(0).get("correctorUserId").asText()).isEqualTo("kantoku");
		assertThat(corrections.get(1).get("field").asText()).isEqualTo("COMPLETED_ON");
		JsonNode proposal = api.proposal(id, "genba");
		assertThat(proposal.get("receiptDate").asText()).isEqualTo("2026-04-01");
		assertThat(proposal.get("completedOn").asText()).isEqualTo("2026-04-03");
	}
}
