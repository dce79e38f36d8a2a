package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JapanDate;
import jp.kyoyu.support.ProjectFixtures;

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
							"requestedAnswerDate", JapanDate.today().plusDays(7).toString()));
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

	/** Longer than any filing takes: the first one in a JVM loads the Japanese fonts for the PDF. */
	private static final Duration FILING = Duration.ofSeconds(90);

	/**
	 * Issue #20, the rest of the list: each new type from draft to its filed record. Created with the project's
	 * prefill, submitted along the route the DMN proposes, approved (with an answer where the type has one), filed
	 * into its folder, and its PDF carries the type's own fields and the answer.
	 */
	@Test
	void theRestOfTheWorksTypesGoFromDraftToTheirFolder() throws Exception {
		WorkflowApi api = new WorkflowApi(port);
		long project = new ProjectFixtures(port).works("残りの書類").contractorName("株式会社共有建設")
			.member("kantoku", "SUPERVISOR").member("shunin", "SENIOR_SUPERVISOR").member("genba", "SITE_AGENT")
			.create();
		journey(api, project, "genba", "constructionSystemRegister", Map.of("submissionKind", "INITIAL", "documents",
				List.of("REGISTER", "SYSTEM_CHART"), "subcontractors", "一次 株式会社水路工業（水路工）"),
				List.of("kantoku:APPROVER", "shunin:APPROVER"), "施工計画", "株式会社水路工業", "施工体系図", true);
		journey(api, project, "genba", "suppliedMaterialReceipt", Map.of("receivedOn", "2026-07-01", "itemName",
				"鉄筋コンクリート管", "quantity", 12, "unit", "本", "condition", "GOOD"),
				List.of("kantoku:APPROVER", "shunin:APPROVER"), "材料", "鉄筋コンクリート管", "良好", false);
		// Dates print in the printing user's date style (issue #22): genba keeps the default, 西暦 with slashes.
		journey(api, project, "genba", "periodExtension", Map.of("newPeriodEnd", "2027-04-30", "extensionDays", 46,
				"reason", "用地の引渡しが遅れたため。"),
				List.of("kantoku:APPROVER", "shunin:APPROVER"), "打合せ簿", "用地の引渡しが遅れたため。", "2027/03/15", true);
		journey(api, project, "genba", "creativityReport", Map.of("items", List.of("CREATIVITY", "SOCIAL"), "content",
				"法面に植生マットを試行した。"),
				List.of("kantoku:APPROVER", "shunin:APPROVER"), "その他", "植生マット", "社会性等（地域への貢献等）", true);
	}

	@Test
	void theRestOfTheServiceTypesGoFromDraftToTheReportFolder() throws Exception {
		WorkflowApi api = new WorkflowApi(port);
		long project = new ProjectFixtures(port).service("残りの業務書類").contractorName("株式会社共有コンサルタント")
			.member("tanto", "SERVICE_SUPERVISOR").member("gyomu", "MANAGING_ENGINEER")
			.create();
		List<String> route = List.of("tanto:APPROVER", "sokatsu:VIEWER");
		journey(api, project, "gyomu", "verificationReport", Map.of("verifierName", "照査 花子", "verificationStage",
				"DETAIL", "result", "設計条件を照査し、誤りはなかった。"), route, "報告書", "照査 花子", "細部条件の照査", true);
		journey(api, project, "gyomu", "deliverableSubmission", Map.of("deliverables", "報告書、図面、数量計算書", "media",
				"BOTH", "copies", 2), route, "報告書", "数量計算書", "電子成果品と紙", true);
		// 2027-03-10 in the printing user's date style (the default: 西暦 with slashes, issue #22)
		journey(api, project, "gyomu", "serviceCompletionReport", Map.of("finishedOn", "2027-03-10", "summary",
				"測量設計を完了した。"), route, "報告書", "測量設計を完了した。", "2027/03/10", true);
	}

	/** One type's way: draft (prefilled) → default route → approvals → filed → the PDF's text. */
	private void journey(WorkflowApi api, long project, String author, String type, Map<String, Object> fields,
			List<String> expectedRoute, String folder, String inPdf, String alsoInPdf, boolean hasAnswer)
			throws Exception {
		String title = type + " " + ProjectFixtures.unique();
		JsonNode draft = api.ok("POST", "/api/v1/projects/" + project + "/proposals", author,
				Map.of("type", type, "title", title, "fields", fields));
		long id = draft.get("id").asLong();
		assertThat(draft.get("fields").get("projectName").asText()).as(type + " prefill").startsWith("残りの");
		assertThat(draft.get("fields").get("contractorName").asText()).as(type + " prefill").startsWith("株式会社共有");

		List<Map<String, Object>> route = new ArrayList<>();
		List<String> shown = new ArrayList<>();
		for (JsonNode step : api.ok("GET", "/api/v1/proposals/" + id + "/default-route", author, null)) {
			shown.add(step.get("userId").asText() + ":" + step.get("role").asText());
			route.add(Map.of("userId", step.get("userId").asText(), "role", step.get("role").asText()));
		}
		assertThat(shown).as(type + ": the route the DMN proposes").containsExactlyElementsOf(expectedRoute);
		api.ok("POST", "/api/v1/proposals/" + id + "/submit", author, Map.of("route", route, "requestedAnswerDate",
				JapanDate.today().plusDays(7).toString(), "importance", "NORMAL"));
		for (String step : expectedRoute) {
			String user = step.substring(0, step.indexOf(':'));
			HttpResponse<String> done;
			if (step.endsWith(":APPROVER")) {
				Map<String, Object> approve = new LinkedHashMap<>(Map.of("action", "APPROVE"));
				if (hasAnswer) {
					approve.put("answer", "受理します（" + type + "）。");
				}
				done = api.complete(user, api.task(user, id, "APPROVE"), approve);
			}
			else {
				done = api.complete(user, api.task(user, id, "VIEW"), Map.of("action", "CONFIRM"));
			}
			assertThat(done.statusCode()).as(type + " " + user + " → " + done.body()).isEqualTo(200);
		}
		assertThat(api.proposal(id, author).get("status").asText()).as(type).isEqualTo("APPROVED");

		JsonNode document = filed(api, project, title, author);
		assertThat(document.get("folderPath").asText()).as(type + ": filed into its folder").isEqualTo(folder);

		try (PDDocument printed = Loader.loadPDF(pdfBytes(api, id, author))) {
			String text = new PDFTextStripper().getText(printed);
			assertThat(text).as(type + " PDF").contains(title, inPdf, alsoInPdf);
			if (hasAnswer) {
				assertThat(text).as(type + " PDF: the answer part").contains("受理します（" + type + "）。");
			}
		}
	}

	/** The proposal's PDF as its author downloads it. */
	private static byte[] pdfBytes(WorkflowApi api, long id, String user) throws Exception {
		HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
				BrowserlessClient.basic(api.client.url("/api/v1/proposals/" + id + "/pdf"), user, WorkflowApi.PASSWORD)
					.GET()
					.build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		return pdf.body();
	}

	/** The filed document titled {@code title}: the filing listens after the approval commits, so wait for it. */
	private static JsonNode filed(WorkflowApi api, long project, String title, String user) throws InterruptedException {
		Instant until = Instant.now().plus(FILING);
		String path = "/api/v1/projects/" + project + "/documents?q="
				+ java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8);
		while (Instant.now().isBefore(until)) {
			for (JsonNode document : api.ok("GET", path, user, null)) {
				if (document.get("title").asText().equals(title)) {
					return document;
				}
			}
			Thread.sleep(250);
		}
		throw new AssertionError("not filed within " + FILING + ": " + title);
	}
}
