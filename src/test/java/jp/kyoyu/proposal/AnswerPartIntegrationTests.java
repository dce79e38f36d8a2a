package jp.kyoyu.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JapanDate;
import jp.kyoyu.support.JsonApi;

/**
 * The 処理・回答 part belongs to the receiving side (issue #15): the proposer cannot fill it in on create, update or
 * submit, through the JSON API or the page; the page shows it disabled; the answer the workflow recorded survives the
 * proposer's edits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnswerPartIntegrationTests {

	static final String WORKS = "中部地区 用排水路改修工事（その1）";

	@LocalServerPort
	int port;

	@Autowired
	ProposalManagement proposals;

	JsonApi api;

	long project;

	@BeforeEach
	void setUp() throws Exception {
		api = new JsonApi(port) {
		};
		for (JsonNode p : api.read(api.get("/api/v1/projects", "genba"))) {
			if (WORKS.equals(p.path("name").asText())) {
				project = p.get("id").asLong();
			}
		}
		assertThat(project).isPositive();
	}

	private HttpResponse<String> create(String type, Map<String, Object> fields) throws Exception {
		return api.send("POST", "/api/v1/projects/" + project + "/proposals", "genba",
				Map.of("type", type, "title", "回答欄 " + UUID.randomUUID().toString().substring(0, 6), "fields", fields));
	}

	@Test
	void theProposerCannotWriteTheSupervisorsAnswerOnCreate() throws Exception {
		HttpResponse<String> confirmation = create("confirmationRequest", Map.of("requestKind", "CONFIRMATION",
				"content", "配筋の確認をお願いします。", "answerKind", "CONFIRMED", "answerContent", "問題なし"));
		assertThat(confirmation.statusCode()).as(confirmation.body()).isEqualTo(400);
		assertThat(confirmation.body()).contains("\"field\":\"answerKind\"", "「処理」は処理・回答の欄",
				"\"field\":\"answerContent\"", "「監督員の所見」", "提出する方は入力できません");

		HttpResponse<String> stage = create("stageInspection", Map.of("inspectionResult", "PASSED"));
		assertThat(stage.statusCode()).isEqualTo(400);
		assertThat(stage.body()).contains("\"field\":\"inspectionResult\"", "「結果」");

		HttpResponse<String> meeting = create("worksMeetingRecord", Map.of("matter", "CONSULTATION", "content", "協議",
				"answerKind", "CONSENT"));
		assertThat(meeting.statusCode()).isEqualTo(400);
		assertThat(meeting.body()).contains("\"field\":\"answerKind\"");
		assertThat(create("worksMeetingRecord", Map.of("matter", "CONSULTATION", "content", "協議", "answerKind", ""))
			.statusCode()).as("an empty answer part is fine").isEqualTo(201);
	}

	@Test
	void theProposerCannotAddOrChangeTheAnswerOnUpdateAndTheRecordedAnswerStays() throws Exception {
		long id = api.read(create("worksMeetingRecord", Map.of("matter", "CONSULTATION", "content", "協議")))
			.get("id").asLong();
		HttpResponse<String> added = api.send("PUT", "/api/v1/proposals/" + id, "genba",
				Map.of("fields", Map.of("matter", "CONSULTATION", "content", "協議", "answerContent", "承諾します")));
		assertThat(added.statusCode()).isEqualTo(400);
		assertThat(added.body()).contains("\"field\":\"answerContent\"", "「回答内容」");
		assertThat(proposals.describe(id).fields()).doesNotContainKey("answerContent");

		proposals.recordAnswer(id, "監督員の回答", JapanDate.today());
		HttpResponse<String> changed = api.send("PUT", "/api/v1/proposals/" + id, "genba",
				Map.of("fields", Map.of("matter", "CONSULTATION", "content", "協議", "answerContent", "書き換え")));
		assertThat(changed.statusCode()).isEqualTo(400);
		HttpResponse<String> sentBack = api.send("PUT", "/api/v1/proposals/" + id, "genba",
				Map.of("fields", Map.of("matter", "CONSULTATION", "content", "協議（修正）", "answerContent", "監督員の回答")));
		assertThat(sentBack.statusCode()).as("the stored answer sent back unchanged is fine").isEqualTo(200);
		HttpResponse<String> without = api.send("PUT", "/api/v1/proposals/" + id, "genba",
				Map.of("fields", Map.of("matter", "CONSULTATION", "content", "協議（再修正）")));
		assertThat(without.statusCode()).isEqualTo(200);
		assertThat(proposals.describe(id).fields()).containsEntry("answerContent", "監督員の回答")
			.containsEntry("content", "協議（再修正）");
	}

	@Test
	void aDraftWithAnAnswerIsNotSubmitted() throws Exception {
		long id = api.read(create("worksMeetingRecord", Map.of("matter", "CONSULTATION", "content", "協議")))
			.get("id").asLong();
		proposals.recordAnswer(id, "提出前に書かれた回答", JapanDate.today()); // as a draft saved before the rule
		HttpResponse<String> submit = api.send("POST", "/api/v1/proposals/" + id + "/submit", "genba",
				Map.of("route", List.of(Map.of("userId", "kantoku", "role", "APPROVER")), "requestedAnswerDate",
						JapanDate.today().plusDays(7).toString()));
		assertThat(submit.statusCode()).as(submit.body()).isBetween(400, 422);
		assertThat(submit.body()).contains("\"field\":\"answerContent\"", "提出する方は入力できません");
		assertThat(proposals.describe(id).status()).isEqualTo(ProposalStatus.DRAFT);
	}

	@Test
	void thePageShowsTheAnswerPartDisabledAndRefusesIt() throws Exception {
		long id = api.read(create("confirmationRequest", Map.of("requestKind", "CONFIRMATION", "content", "確認")))
			.get("id").asLong();
		BrowserlessClient genba = new BrowserlessClient(port);
		genba.login("genba", JsonApi.PASSWORD);
		String page = genba.get("/proposals/" + id).body();
		java.util.regex.Matcher schema = java.util.regex.Pattern.compile("data-schema=\"([^\"]*)\"").matcher(page);
		assertThat(schema.find()).isTrue();
		JsonNode form = api.json.readTree(org.springframework.web.util.HtmlUtils.htmlUnescape(schema.group(1)));
		assertThat(component(form, "answerKind").path("disabled").asBoolean()).isTrue();
		assertThat(component(form, "answerContent").path("disabled").asBoolean()).isTrue();
		assertThat(component(form, "content").path("disabled").asBoolean()).as("the proposer's own part").isFalse();
		String fields = api.json.writeValueAsString(Map.of("requestKind", "CONFIRMATION", "content", "確認",
				"answerKind", "CONFIRMED"));
		HttpResponse<String> saved = genba.submit("/proposals/" + id, "/proposals/" + id,
				"title=" + URLEncoder.encode("確認願", StandardCharsets.UTF_8) + "&fields="
						+ URLEncoder.encode(fields, StandardCharsets.UTF_8));
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("提出する方は入力できません");
		assertThat(proposals.describe(id).fields()).doesNotContainKey("answerKind");
	}

	private static JsonNode component(JsonNode container, String key) {
		for (JsonNode component : container.path("components")) {
			if (key.equals(component.path("key").asText())) {
				return component;
			}
			JsonNode inner = component(component, key);
			if (!inner.isMissingNode()) {
				return inner;
			}
		}
		return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
	}
}
