package jp.kyoyu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * The strict reading of JSON request bodies (docs/security/input.md §5), over real HTTP against real endpoints:
 * Jackson's quiet conversions - a fraction cut to a whole number, a number taken for a date (days since 1970) or
 * for a choice (its position), a number or boolean taken for text - and an empty or {@code null} body are refused
 * with 400 and a Japanese message naming the field, several wrong fields in one answer; a valid body still works.
 * Each refusal is shown on more than one module's endpoint, because the rule is the shared handler's, not a module's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JsonBodyIntegrationTests {

	private static final String PROJECTS = "/api/v1/projects";

	private static final String EVENTS = "/api/v1/events";

	private static final String NOT_AN_OBJECT = "リクエストの本文はJSONのオブジェクト（{ ... }）で送ってください。";

	@LocalServerPort
	int port;

	JsonApi api;

	ProjectFixtures projects;

	@BeforeEach
	void client() {
		api = new JsonApi(port) {
		};
		projects = new ProjectFixtures(api);
	}

	@Test
	void aFractionIsNotAWholeNumber() throws Exception {
		assertRefused(api.send("POST", PROJECTS, "sokatsu", project().with("fiscalYear", 2026.5).body()),
				"fiscalYear", "「fiscalYear」（発注年度）の値の形式が正しくありません。半角数字の整数で指定してください。");

		long project = memberProject();
		assertRefused(api.send("POST", folders(project), "genba", "{\"name\":\"端数\",\"parentId\":1.5}"),
				"parentId", "「parentId」（親フォルダのID）の値の形式が正しくありません。半角数字の整数で指定してください。");
		Map<String, Object> event = event("端数のプロジェクトID");
		event.put("projectIds", List.of(1.5));
		assertRefused(api.send("POST", EVENTS, "genba", event), "projectIds",
				"「projectIds」の値の形式が正しくありません。配列（[ ... ]）の各要素を、半角数字の整数で指定してください。");
	}

	@Test
	void aNumberIsNotADate() throws Exception {
		assertRefused(api.send("POST", PROJECTS, "sokatsu", project().with("periodEnd", 20270315).body()),
				"periodEnd", "「periodEnd」（工期終了日・履行期間（完了））の値の形式が正しくありません。日付を \"YYYY-MM-DD\" の形の文字列で指定してください（例: \"2026-04-01\"）。");
		assertRefused(api.send("POST", PROJECTS, "sokatsu", project().with("periodStart", 0).body()),
				"periodStart", "（工期開始日・履行期間（着手））の値の形式が正しくありません。日付を \"YYYY-MM-DD\"");
	}

	@Test
	void aChoiceIsNotTakenByItsPosition() throws Exception {
		assertRefused(api.send("POST", PROJECTS, "sokatsu", project().with("kind", 0).body()), "kind",
				"「kind」（種別）の値の形式が正しくありません。WORKS（工事）または SERVICE（業務）を指定してください。");
		assertRefused(api.send("POST", PROJECTS, "sokatsu", project().with("creatorRole", 1).body()), "creatorRole",
				"「creatorRole」（あなたの役割）の値の形式が正しくありません。");
	}

	@Test
	void aNumberOrABooleanIsNotText() throws Exception {
		String asText = "文字列で指定してください。";
		assertRefused(api.send("POST", PROJECTS, "sokatsu", project().with("name", 5).body()), "name", asText);
		assertRefused(api.send("POST", PROJECTS, "sokatsu", project().with("contractorName", true).body()),
				"contractorName", asText);

		long project = memberProject();
		assertRefused(api.send("POST", proposals(project), "genba", Map.of("type", "worksMeetingRecord", "title", 12)),
				"title", "「title」（件名）の値の形式が正しくありません。" + asText);
		assertRefused(api.send("POST", proposals(project), "genba", Map.of("type", true)), "type",
				"「type」（書類の種類）の値の形式が正しくありません。" + asText);
		assertRefused(api.send("POST", folders(project), "genba", Map.of("name", 2026)), "name",
				"「name」の値の形式が正しくありません。" + asText);
		Map<String, Object> event = event(null);
		event.put("title", false);
		assertRefused(api.send("POST", EVENTS, "genba", event), "title", asText);
		Map<String, Object> startAsNumber = event("数値の開始日時");
		startAsNumber.put("start", 202612081000L);
		assertRefused(api.send("POST", EVENTS, "genba", startAsNumber), "start",
				"「start」の値の形式が正しくありません。" + asText);
	}

	@Test
	void anEmptyOrNullBodyIsRefusedWhereABodyIsRequired() throws Exception {
		long project = memberProject();
		for (String body : new String[] { null, "null" }) {
			assertBodyRefused(api.send("POST", PROJECTS, "sokatsu", body));
			assertBodyRefused(api.send("POST", proposals(project), "genba", body));
			assertBodyRefused(api.send("POST", folders(project), "genba", body));
			assertBodyRefused(api.send("POST", EVENTS, "genba", body));
		}
		// Only blanks: not empty to Spring (there are bytes), so Jackson finds no value and it is broken JSON.
		HttpResponse<String> blank = api.send("POST", PROJECTS, "sokatsu", " ");
		assertThat(blank.statusCode()).as(blank.body()).isEqualTo(400);
		assertThat(blank.body()).contains("リクエストの形式が正しくありません。JSONの書式を確認してください。");
	}

	@Test
	void everyWrongFieldIsNamedInOneAnswer() throws Exception {
		// A fraction ends Jackson's reading, so it comes last: the faults noted before it are answered with it.
		Map<String, Object> body = new LinkedHashMap<>(project().body());
		body.remove("fiscalYear");
		body.put("kind", 1);
		body.put("periodStart", 20260601);
		body.put("fiscalYear", 2026.5);
		HttpResponse<String> refused = api.send("POST", PROJECTS, "sokatsu", body);
		assertRefused(refused, "kind", "（種別）");
		assertRefused(refused, "periodStart", "YYYY-MM-DD");
		assertRefused(refused, "fiscalYear", "整数で指定");
		assertThat(fields(refused)).containsExactly("kind", "periodStart", "fiscalYear");

		long project = memberProject();
		HttpResponse<String> folder = api.send("POST", folders(project), "genba",
				"{\"parentId\":\"上のフォルダ\",\"name\":[\"二つの誤り\"]}");
		assertRefused(folder, "parentId", "（親フォルダのID）");
		assertRefused(folder, "name", "文字列で指定");
	}

	@Test
	void aValidBodyStillWorks() throws Exception {
		String name = "正しい本文 " + ProjectFixtures.unique();
		// A number sent as text is still read (scripts send what a page holds): only the quiet conversions are off.
		HttpResponse<String> created = api.send("POST", PROJECTS, "sokatsu",
				projects.works("正しい本文").named(name).fiscalYear(2026).with("fiscalYear", "2027").body());
		JsonNode project = api.read(created);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(project.get("name").asText()).isEqualTo(name);
		assertThat(project.get("fiscalYear").asInt()).isEqualTo(2027);
		assertThat(project.get("periodEnd").asText()).isEqualTo("2027-03-15");

		long member = memberProject();
		HttpResponse<String> proposal = api.send("POST", proposals(member), "genba",
				Map.of("type", "worksMeetingRecord", "title", "正しい提案", "fields", Map.of("matter", "CONSULTATION")));
		assertThat(proposal.statusCode()).as(proposal.body()).isEqualTo(201);
		assertThat(api.read(proposal).get("title").asText()).isEqualTo("正しい提案");

		HttpResponse<String> folder = api.send("POST", folders(member), "genba", "{\"name\":\"正しいフォルダ\",\"parentId\":null}");
		assertThat(folder.statusCode()).as(folder.body()).isEqualTo(201);
		long parent = api.read(folder).get("id").asLong();
		HttpResponse<String> child = api.send("POST", folders(member), "genba",
				"{\"name\":\"子フォルダ\",\"parentId\":\"" + parent + "\"}");
		assertThat(child.statusCode()).as(child.body()).isEqualTo(201);
		assertThat(api.read(child).get("parentId").asLong()).isEqualTo(parent);

		Map<String, Object> event = event("正しい予定");
		event.put("projectIds", List.of(member));
		HttpResponse<String> scheduled = api.send("POST", EVENTS, "genba", event);
		assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
		assertThat(api.read(scheduled).get("ids")).hasSize(1);
	}

	private ProjectFixtures.NewProject project() {
		return projects.works("厳密な読み取り");
	}

	/** A works project with genba (受注者の現場代理人) as a member, who may write proposals and folders there. */
	private long memberProject() throws Exception {
		return projects.works("厳密な読み取り").contractorName("株式会社厳密建設").member("genba", "SITE_AGENT").create();
	}

	private static String proposals(long project) {
		return PROJECTS + "/" + project + "/proposals";
	}

	private static String folders(long project) {
		return PROJECTS + "/" + project + "/folders";
	}

	private static Map<String, Object> event(String title) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("title", title);
		event.put("start", "2026-12-08T10:00:00+09:00");
		event.put("end", "2026-12-08T11:00:00+09:00");
		event.put("allDay", false);
		event.put("projectIds", List.of());
		return event;
	}

	private void assertRefused(HttpResponse<String> response, String field, String messagePart) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode errors = api.json.readTree(response.body()).get("errors");
		assertThat(errors).as(response.body())
			.anyMatch(error -> field.equals(error.path("field").asText())
					&& error.path("message").asText().contains(messagePart));
	}

	private void assertBodyRefused(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode errors = api.json.readTree(response.body()).get("errors");
		assertThat(errors).as(response.body()).hasSize(1);
		assertThat(errors.get(0).path("message").asText()).isEqualTo(NOT_AN_OBJECT);
	}

	private List<String> fields(HttpResponse<String> response) throws Exception {
		List<String> fields = new ArrayList<>();
		api.json.readTree(response.body()).get("errors").forEach(error -> fields.add(error.path("field").asText()));
		return fields;
	}
}
