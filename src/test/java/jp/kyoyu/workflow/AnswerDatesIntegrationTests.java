package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/**
 * C4.3: the approvers set 中間処理・回答日 and 最終処理・回答日 (today when left out, never before the submission), and
 * the dates show in the list, its CSV, the proposal, its PDF, and can be corrected after approval (C4.17).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnswerDatesIntegrationTests {

	/** The server's dates are Japan's; the machine running the tests may be in UTC (15:00–24:00 UTC is another day). */
	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private static final String PASSWORD = "Kyoyu#Demo2026";

	@LocalServerPort
	int port;

	WorkflowApi api;

	long project;

	@BeforeEach
	void setUp() {
		api = new WorkflowApi(port);
		project = api.worksProject();
	}

	@Test
	void theApproversSetBothAnswerDatesAndEveryViewShowsThem() throws Exception {
		LocalDate today = LocalDate.now(JAPAN);
		LocalDate interim = today.plusDays(2);
		LocalDate fin = today.plusDays(3);
		String title = "回答日の設定 " + UUID.randomUUID().toString().substring(0, 6);
		long id = api.draft(project, title, "CONSULTATION");
		api.submit(id, "kantoku", "shunin");
		String first = api.task("kantoku", id, "APPROVE");

		HttpResponse<String> beforeSubmission = api.complete("kantoku", first, Map.of("action", "APPROVE", "answer",
				"一次回答です。", "interimAnswerDate", today.minusDays(1).toString()));
		assertThat(beforeSubmission.statusCode()).isEqualTo(400);
		assertThat(beforeSubmission.body()).contains("\"field\":\"interimAnswerDate\"",
				"「中間処理・回答日」は提出日（" + today + "）より前の日付にできません。");
		HttpResponse<String> withoutAnswer = api.complete("kantoku", first,
				Map.of("action", "APPROVE", "interimAnswerDate", interim.toString()));
		assertThat(withoutAnswer.statusCode()).isEqualTo(400);
		assertThat(withoutAnswer.body()).contains("「処理・回答」と一緒に設定してください");
		HttpResponse<String> notLast = api.complete("kantoku", first,
				Map.of("action", "APPROVE", "finalAnswerDate", fin.toString()));
		assertThat(notLast.statusCode()).isEqualTo(400);
		assertThat(notLast.body()).contains("経路の最後の承認者");

		BrowserlessClient kantoku = new BrowserlessClient(port);
		kantoku.login("kantoku", PASSWORD);
		String firstPage = kantoku.get("/tasks/" + first).body();
		assertThat(firstPage).contains("id=\"interimAnswerDate\"", "value=\"" + today + "\"")
			.as("only the last approver sets the final date").doesNotContain("id=\"finalAnswerDate\"");

		assertThat(api.complete("kantoku", first, Map.of("action", "APPROVE", "answer", "一次回答です。",
				"interimAnswerDate", interim.toString())).statusCode()).isEqualTo(200);
		JsonNode inReview = api.proposal(id, "genba");
		assertThat(inReview.get("interimAnswerDate").asText()).isEqualTo(interim.toString());
		assertThat(inReview.get("fields").get("answerDate").asText()).as("the document's answer part")
			.isEqualTo(interim.toString());
		assertThat(inReview.get("answerDate").isNull()).isTrue();

		String last = api.task("shunin", id, "APPROVE");
		BrowserlessClient shunin = new BrowserlessClient(port);
		shunin.login("shunin", PASSWORD);
		assertThat(shunin.get("/tasks/" + last).body()).contains("id=\"finalAnswerDate\"", "最終処理・回答日");
		HttpResponse<String> finalTooEarly = api.complete("shunin", last,
				Map.of("action", "APPROVE", "finalAnswerDate", today.minusDays(1).toString()));
		assertThat(finalTooEarly.statusCode()).isEqualTo(400);
		assertThat(finalTooEarly.body()).contains("「最終処理・回答日」は提出日");
		assertThat(api.complete("shunin", last, Map.of("action", "APPROVE", "finalAnswerDate", fin.toString()))
			.statusCode()).isEqualTo(200);

		JsonNode approved = api.proposal(id, "genba");
		assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
		assertThat(approved.get("interimAnswerDate").asText()).isEqualTo(interim.toString());
		assertThat(approved.get("answerDate").asText()).isEqualTo(fin.toString());
		assertThat(approved.get("completedOn").asText()).as("the completion stays the day the route ended")
			.isEqualTo(today.toString());

		JsonNode item = null;
		for (JsonNode i : api.ok("GET", "/api/v1/workflow/proposals?projectId=" + project, "genba", null)
			.get("items")) {
			if (i.get("proposalId").asLong() == id) {
				item = i;
			}
		}
		assertThat(item).isNotNull();
		assertThat(item.get("interimAnswerDate").asText()).isEqualTo(interim.toString());
		assertThat(item.get("answerDate").asText()).isEqualTo(fin.toString());

		BrowserlessClient genba = new BrowserlessClient(port);
		genba.login("genba", PASSWORD);
		String list = genba.get("/workflow/proposals?projectId=" + project + "&q=" + title.substring(title.length() - 6))
			.body();
		// Screens show dates in the one style, 西暦 with slashes by default (issue #22); the CSV below keeps its own.
		assertThat(list).contains("中間処理・回答日", slashes(interim), slashes(fin));
		String csv = new String(genba.download("/workflow/proposals.csv?projectId=" + project).body(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("回答予定日,中間処理・回答日,最終処理・回答日");
		String line = csv.lines().filter(l -> l.contains(title)).findFirst().orElseThrow();
		assertThat(line).contains("," + slashes(interim) + "," + slashes(fin) + ",");
		assertThat(genba.get("/proposals/" + id).body()).contains("id=\"answer-dates\"", slashes(interim),
				slashes(fin));
		try (PDDocument pdf = Loader.loadPDF(genba.download("/api/v1/proposals/" + id + "/pdf").body())) {
			assertThat(new PDFTextStripper().getText(pdf))
				.contains("中間処理・回答日: " + slashes(interim) + "　最終処理・回答日: " + slashes(fin));
		}
	}

	@Test
	void theAnswerDatesAreCorrectedAfterApprovalButNeverToBeforeTheSubmission() {
		long id = api.draft(project, "回答日の訂正 " + UUID.randomUUID().toString().substring(0, 6), "REPORT");
		api.submit(id, "kantoku");
		assertThat(api.complete("kantoku", api.task("kantoku", id, "APPROVE"),
				Map.of("action", "APPROVE", "answer", "了承")).statusCode()).isEqualTo(200);
		JsonNode byDefault = api.proposal(id, "genba");
		assertThat(byDefault.get("interimAnswerDate").asText()).as("default: today")
			.isEqualTo(LocalDate.now(JAPAN).toString());
		assertThat(byDefault.get("answerDate").asText()).isEqualTo(LocalDate.now(JAPAN).toString());

		HttpResponse<String> refused = api.call("POST", "/api/v1/proposals/" + id + "/corrections", "kantoku",
				Map.of("field", "FINAL_ANSWER_ON", "value", LocalDate.now(JAPAN).minusDays(1).toString()));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("「最終処理・回答日」は提出日");
		LocalDate later = LocalDate.now(JAPAN).plusDays(5);
		api.ok("POST", "/api/v1/proposals/" + id + "/corrections", "kantoku",
				Map.of("field", "INTERIM_ANSWER_ON", "value", later.toString(), "reason", "誤記"));
		api.ok("POST", "/api/v1/proposals/" + id + "/corrections", "sokatsu",
				Map.of("field", "FINAL_ANSWER_ON", "value", later.plusDays(1).toString()));
		JsonNode corrected = api.proposal(id, "genba");
		assertThat(corrected.get("interimAnswerDate").asText()).isEqualTo(later.toString());
		assertThat(corrected.get("answerDate").asText()).isEqualTo(later.plusDays(1).toString());
		assertThat(corrected.get("completedOn").asText()).as("the final answer alone")
			.isEqualTo(LocalDate.now(JAPAN).toString());
	}

	private static String slashes(LocalDate date) {
		return date.toString().replace('-', '/');
	}
}
