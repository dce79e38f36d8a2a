package jp.kyoyu.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/** Projects over real HTTP: the JSON API with HTTP Basic, and the pages as a browser uses them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	static final String DEMO_WORKS = "中部地区 用排水路改修工事（その1）";

	static final String DEMO_SERVICE = "中部地区 農地整備事業 測量設計業務委託";

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	BrowserlessClient client;

	@BeforeEach
	void client() {
		client = new BrowserlessClient(port);
	}

	@Test
	void anAgencyUserCreatesEditsAndDeletesAProjectThroughTheApi() throws Exception {
		String name = unique("用水路補修工事");
		HttpResponse<String> created = api("POST", "/api/v1/projects", "sokatsu", body(validWorks(name)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode project = json.readTree(created.body());
		long id = project.get("id").asLong();
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/projects/" + id));
		assertThat(project.get("kind").asText()).isEqualTo("WORKS");
		assertThat(project.get("westLongitude").asText()).isEqualTo("1365512");
		assertThat(project.get("members").get(0).get("userId").asText()).isEqualTo("sokatsu");
		assertThat(project.get("members").get(0).get("role").asText()).isEqualTo("GENERAL_SUPERVISOR");

		Map<String, Object> changed = validWorks(name + " 変更後");
		changed.put("periodEnd", "2027-03-31");
		// issue #20: 住所コード, 工種-工法型式 and 水系-路線 for INDEX_C.XML, typed loosely and kept cleaned
		changed.put("addressCode", "０１４２７");
		changed.put("workMethods", "農業土木 / 用排水路工\n農業土木／仮設工");
		changed.put("waterRoutes", "石狩川水系 夕張川");
		HttpResponse<String> updated = api("PUT", "/api/v1/projects/" + id, "sokatsu", body(changed));
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		JsonNode read = json.readTree(api("GET", "/api/v1/projects/" + id, "sokatsu", null).body());
		assertThat(read.get("name").asText()).isEqualTo(name + " 変更後");
		assertThat(read.get("periodEnd").asText()).isEqualTo("2027-03-31");
		assertThat(read.get("fiscalYear").asInt()).isEqualTo(2026);
		assertThat(read.get("addressCode").asText()).isEqualTo("01427");
		assertThat(read.get("workMethods").asText()).isEqualTo("農業土木／用排水路工\n農業土木／仮設工");
		assertThat(read.get("waterRoutes").asText()).isEqualTo("石狩川水系 夕張川");
		BrowserlessClient pages = new BrowserlessClient(port); // its own session: the API calls above go without one
		pages.login("sokatsu", PASSWORD);
		assertThat(pages.get("/projects/" + id).body()).contains("住所コード").contains("01427")
			.contains("工種-工法型式").contains("農業土木／仮設工").contains("水系-路線").contains("石狩川水系 夕張川");
		assertThat(pages.get("/projects/" + id + "/edit").body()).contains("name=\"addressCode\"")
			.contains("name=\"workMethods\"").contains("name=\"waterRoutes\"");

		assertThat(api("DELETE", "/api/v1/projects/" + id, "sokatsu", null).statusCode()).isEqualTo(204);
		assertThat(api("GET", "/api/v1/projects/" + id, "sokatsu", null).statusCode()).isEqualTo(404);
	}

	@Test
	void invalidInputIsRefusedFieldByFieldInJapanese() throws Exception {
		Map<String, Object> noName = validWorks("");
		assertError(api("POST", "/api/v1/projects", "sokatsu", body(noName)), "name", "工事名称を入力してください");

		Map<String, Object> endBeforeStart = validWorks(unique("期間誤り"));
		endBeforeStart.put("periodEnd", "2026-05-31");
		assertError(api("POST", "/api/v1/projects", "sokatsu", body(endBeforeStart)), "periodEnd", "工期終了日は工期開始日");

		Map<String, Object> badCoordinates = validWorks(unique("座標誤り"));
		badCoordinates.put("westLongitude", "1366030");
		badCoordinates.put("northLatitude", "3509");
		HttpResponse<String> coordinates = api("POST", "/api/v1/projects", "sokatsu", body(badCoordinates));
		assertError(coordinates, "westLongitude", "分・秒は00〜59");
		assertError(coordinates, "northLatitude", "半角数字6桁");

		Map<String, Object> badPlace = validWorks(unique("住所コード誤り"));
		badPlace.put("addressCode", "1427");
		badPlace.put("workMethods", "用排水路工");
		HttpResponse<String> place = api("POST", "/api/v1/projects", "sokatsu", body(badPlace));
		assertError(place, "addressCode", "住所コードは JIS X 0401/0402 の5桁または6桁");
		assertError(place, "workMethods", "「工種／工法型式」の形");

		Map<String, Object> wordsForAYear = validWorks(unique("型誤り"));
		wordsForAYear.put("fiscalYear", "令和八年");
		assertError(api("POST", "/api/v1/projects", "sokatsu", body(wordsForAYear)), "fiscalYear", "発注年度");
		Map<String, Object> notADate = validWorks(unique("日付誤り"));
		notADate.put("periodStart", "2026-02-30");
		assertError(api("POST", "/api/v1/projects", "sokatsu", body(notADate)), "periodStart", "YYYY-MM-DD");
		wordsForAYear.put("fiscalYear", 2026.5);
		assertError(api("POST", "/api/v1/projects", "sokatsu", body(wordsForAYear)), "fiscalYear", "整数で指定");
		Map<String, Object> daysForADate = validWorks(unique("日付が数値"));
		daysForADate.put("periodEnd", 20270315);
		assertError(api("POST", "/api/v1/projects", "sokatsu", body(daysForADate)), "periodEnd", "YYYY-MM-DD");
		Map<String, Object> unknownKind = validWorks(unique("種別誤り"));
		unknownKind.put("kind", "BRIDGE");
		assertError(api("POST", "/api/v1/projects", "sokatsu", body(unknownKind)), "kind", "WORKS（工事）または SERVICE（業務）");
		Map<String, Object> objectForAName = validWorks(unique("名称誤り"));
		objectForAName.put("name", Map.of("ja", "工事"));
		assertError(api("POST", "/api/v1/projects", "sokatsu", body(objectForAName)), "name", "文字列で指定");

		HttpResponse<String> broken = api("POST", "/api/v1/projects", "sokatsu", "{\"name\": ");
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.body()).contains("JSON");
		HttpResponse<String> array = api("POST", "/api/v1/projects", "sokatsu", "[1, 2]");
		assertThat(array.statusCode()).isEqualTo(400);

		Map<String, Object> withUnknownField = validWorks(unique("未知の項目つき"));
		withUnknownField.put("colour", "blue");
		assertThat(api("POST", "/api/v1/projects", "sokatsu", body(withUnknownField)).statusCode()).isEqualTo(201);
	}

	@Test
	void aNonMemberIsToldTheProjectDoesNotExist() throws Exception {
		long service = demoProjectId("kantoku", DEMO_SERVICE);
		HttpResponse<String> missing = api("GET", "/api/v1/projects/987654321", "genba", null);
		assertThat(missing.statusCode()).isEqualTo(404);

		for (HttpResponse<String> response : List.of(
				api("GET", "/api/v1/projects/" + service, "genba", null),
				api("PUT", "/api/v1/projects/" + service, "genba", body(validWorks("乗っ取り"))),
				api("DELETE", "/api/v1/projects/" + service, "genba", null),
				api("GET", "/api/v1/projects/" + service + "/members", "genba", null),
				api("POST", "/api/v1/projects/" + service + "/members", "genba", member("genba", "SITE_AGENT")),
				api("DELETE", "/api/v1/projects/" + service + "/members/gyomu", "genba", null))) {
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.body()).isEqualTo(missing.body()).doesNotContain("測量設計");
		}
		assertThat(json.readTree(api("GET", "/api/v1/projects", "genba", null).body()).toString())
			.contains(DEMO_WORKS).doesNotContain(DEMO_SERVICE);

		client.login("genba", PASSWORD);
		HttpResponse<String> page = client.get("/projects/" + service);
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("見つかりません").doesNotContain("測量設計");
		assertThat(client.get("/projects/" + service + "/edit").statusCode()).isEqualTo(404);
		assertThat(client.get("/projects").body()).contains(DEMO_WORKS).doesNotContain(DEMO_SERVICE);
	}

	@Test
	void aSupervisorOfTwoProjectsSeesBothWithOneLogin() throws Exception {
		HttpResponse<String> response = api("GET", "/api/v1/me", "kantoku", null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode me = json.readTree(response.body());
		assertThat(me.get("userId").asText()).isEqualTo("kantoku");
		assertThat(me.get("name").asText()).isEqualTo("高橋 監子");
		assertThat(me.get("email").asText()).isEqualTo("kantoku@demo.kyoyu.example");
		assertThat(me.get("side").asText()).isEqualTo("AGENCY");
		JsonNode works = projectNamed(me.get("projects"), DEMO_WORKS);
		JsonNode service = projectNamed(me.get("projects"), DEMO_SERVICE);
		assertThat(works.get("kind").asText()).isEqualTo("WORKS");
		assertThat(works.get("role").asText()).isEqualTo("SUPERVISOR");
		assertThat(service.get("kind").asText()).isEqualTo("SERVICE");
		assertThat(service.get("role").asText()).isEqualTo("SUPERVISOR");
		assertThat(json.readTree(api("GET", "/api/v1/me", "gyomu", null).body()).get("projects").toString())
			.contains(DEMO_SERVICE).contains("MANAGING_ENGINEER").doesNotContain(DEMO_WORKS);

		client.login("kantoku", PASSWORD);
		// The home page shows the first 20 projects (other tests add kantoku to many) and links to all of them.
		assertThat(client.get("/").body()).contains("参加している工事・業務").contains("href=\"/projects\"");
		String all = client.get("/projects").body();
		assertThat(all).contains(DEMO_WORKS, DEMO_SERVICE, "監督員", ">工事<", ">業務<")
			.contains("href=\"/projects/" + works.get("id").asLong() + "\"");
	}

	@Test
	void everyProjectPageHasItsEnglishTextsAndTheApiIsDescribed() throws Exception {
		long service = demoProjectId("kantoku", DEMO_SERVICE);
		client.login("kantoku", PASSWORD);
		for (String path : List.of("/?lang=en", "/projects", "/projects/new", "/projects/" + service,
				"/projects/" + service + "/edit", "/projects/" + service + "/delete")) {
			HttpResponse<String> page = client.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path).doesNotContain("??").contains("lang=\"en\"");
		}
		assertThat(client.get("/projects/" + service).body()).contains("Service basic info", "Managing engineer");

		HttpResponse<String> apiDocs = api("GET", "/v3/api-docs", "kantoku", null);
		assertThat(apiDocs.statusCode()).isEqualTo(200);
		assertThat(apiDocs.body()).contains("/api/v1/projects/{id}/members", "/api/v1/me", "creatorRole");
	}

	@Test
	void theHomePageSaysSoWhenTheUserHasNoProject() {
		client.login("admin", PASSWORD);
		assertThat(client.get("/").body()).contains("参加している工事・業務はまだありません");
	}

	@Test
	void onlyAgencySupervisorsManageMembersButEveryMemberEditsBasicInfo() throws Exception {
		String name = unique("排水機場補修工事");
		long id = json.readTree(api("POST", "/api/v1/projects", "shunin", body(validWorks(name))).body()).get("id").asLong();
		HttpResponse<String> added = api("POST", "/api/v1/projects/" + id + "/members", "shunin",
				member("genba", "SITE_AGENT"));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		assertThat(added.body()).contains("伊藤 現");

		HttpResponse<String> byContractor = api("POST", "/api/v1/projects/" + id + "/members", "genba",
				member("gyomu", "CONTRACTOR_STAFF"));
		assertThat(byContractor.statusCode()).isEqualTo(403);
		assertThat(byContractor.body()).contains("発注者側の監督員");
		assertThat(api("DELETE", "/api/v1/projects/" + id, "genba", null).statusCode()).isEqualTo(403);
		assertThat(api("PUT", "/api/v1/projects/" + id + "/members/genba", "genba", "{\"role\":\"CHIEF_ENGINEER\"}")
			.statusCode()).isEqualTo(403);
		assertThat(api("GET", "/api/v1/projects/" + id + "/members", "genba", null).statusCode()).isEqualTo(200);
		Map<String, Object> edited = validWorks(name);
		edited.put("contractorName", "デモ建設株式会社 中部支店");
		assertThat(api("PUT", "/api/v1/projects/" + id, "genba", body(edited)).statusCode()).isEqualTo(200);

		String members = "/api/v1/projects/" + id + "/members";
		assertError(api("POST", members, "shunin", member("gyomu", "SUPERVISOR")), "role", "受注者側の役割");
		assertError(api("POST", members, "shunin", member("genba", "SITE_AGENT")), "userId", "既にこのメンバー");
		assertError(api("POST", members, "shunin", member("nobody-" + UUID.randomUUID(), "SITE_AGENT")), "userId",
				"登録されていません");
		assertError(api("POST", members, "shunin", member("gyomu", "BOSS")), "role", "CONTRACTOR_STAFF（担当者）");

		HttpResponse<String> changed = api("PUT", members + "/genba", "shunin", "{\"role\":\"CHIEF_ENGINEER\"}");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json.readTree(changed.body()).get("role").asText()).isEqualTo("CHIEF_ENGINEER");

		assertError(api("DELETE", "/api/v1/projects/" + id + "/members/shunin", "shunin", null), "userId",
				"発注者側のメンバーが1人もいなくなる");
		assertThat(api("DELETE", "/api/v1/projects/" + id + "/members/genba", "shunin", null).statusCode()).isEqualTo(204);
		assertThat(api("GET", "/api/v1/projects/" + id, "genba", null).statusCode()).isEqualTo(404);
	}

	@Test
	void contractorsCannotCreateProjectsAndAdministratorsSeeEveryProject() throws Exception {
		HttpResponse<String> byContractor = api("POST", "/api/v1/projects", "genba", body(validWorks(unique("受注者の登録"))));
		assertThat(byContractor.statusCode()).isEqualTo(403);
		assertThat(byContractor.body()).contains("発注者側の職員とシステム管理者");

		long service = demoProjectId("kantoku", DEMO_SERVICE);
		HttpResponse<String> asAdmin = api("GET", "/api/v1/projects/" + service, "admin", null);
		assertThat(asAdmin.statusCode()).isEqualTo(200);
		assertThat(asAdmin.body()).contains(DEMO_SERVICE, "\"agencyOfficeName\":\"中部農地整備事務所\"");
		HttpResponse<String> setUpByAdmin = api("POST", "/api/v1/projects", "admin", body(validWorks(unique("管理者が設定"))));
		assertThat(setUpByAdmin.statusCode()).isEqualTo(201);
		assertThat(json.readTree(setUpByAdmin.body()).get("members").size()).isZero();
	}

	@Test
	void theFormKeepsEverythingTypedWhenInputIsRefused() {
		client.login("sokatsu", PASSWORD);
		assertThat(client.get("/projects/new").body()).contains("name=\"kind\"", "工事名称", "業務名称");
		String name = unique("ため池改修工事");
		String form = form(Map.of("kind", "WORKS", "fiscalYear", "二〇二六", "projectNumber", "R8-ため池-7", "name", name,
				"periodStart", "2026-07-01", "periodEnd", "2026-06-30", "address", "デモ県中部市西谷町地内",
				"westLongitude", "1365599", "creatorRole", "SENIOR_SUPERVISOR"));
		HttpResponse<String> refused = client.submit("/projects/new", "/projects", form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body())
			.contains("value=\"" + name + "\"", "value=\"R8-ため池-7\"", "value=\"二〇二六\"", "value=\"2026-07-01\"",
					"value=\"2026-06-30\"", "value=\"デモ県中部市西谷町地内\"", "value=\"1365599\"")
			.contains("発注年度は半角数字の西暦で入力してください", "工期終了日は工期開始日と同じ日かそれより後",
					"西側境界座標経度の分・秒は00〜59", "東側境界座標経度を入力してください")
			.containsPattern("value=\"SENIOR_SUPERVISOR\"\\s+selected");

		String corrected = form(Map.of("kind", "WORKS", "fiscalYear", "２０２６", "name", name, "periodStart", "2026/7/1",
				"periodEnd", "2027-01-31", "creatorRole", "SENIOR_SUPERVISOR"));
		HttpResponse<String> created = client.submit("/projects/new", "/projects", corrected);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		String path = location.substring(location.indexOf("/projects/"));
		String detail = client.get(path).body();
		assertThat(detail).contains(name, "2026/07/01 〜 2027/01/31", "主任監督員", "登録しました");

		HttpResponse<String> badEdit = client.submit(path + "/edit", path + "/edit", form(Map.of("kind", "SERVICE",
				"fiscalYear", "2026", "name", name, "periodStart", "2026-07-01", "periodEnd", "2027-02-30",
				"contractorName", "デモ建設株式会社")));
		assertThat(badEdit.statusCode()).isEqualTo(200);
		assertThat(badEdit.body()).contains("value=\"2027-02-30\"", "value=\"デモ建設株式会社\"",
				"工期終了日は正しい日付で入力してください");
		HttpResponse<String> edited = client.submit(path + "/edit", path + "/edit", form(Map.of("kind", "SERVICE",
				"fiscalYear", "2026", "name", name, "periodStart", "2026-07-01", "periodEnd", "2027-02-28",
				"contractorName", "デモ建設株式会社")));
		assertThat(edited.statusCode()).isEqualTo(302);
		assertThat(client.get(path).body()).contains("デモ建設株式会社", "2027/02/28", "工事基本情報")
			.doesNotContain("業務基本情報");

		String confirm = client.get(path + "/delete").body();
		assertThat(confirm).contains("「" + name + "」を削除します");
		HttpResponse<String> deleted = client.submit(path + "/delete", path + "/delete", "");
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(client.get(path).statusCode()).isEqualTo(404);
	}

	@Test
	void membersAreManagedOnTheProjectPage() {
		client.login("sokatsu", PASSWORD);
		String name = unique("頭首工補修工事");
		HttpResponse<String> created = client.submit("/projects/new", "/projects", form(Map.of("kind", "WORKS",
				"fiscalYear", "2026", "name", name, "periodStart", "2026-07-01", "periodEnd", "2027-01-31",
				"creatorRole", "GENERAL_SUPERVISOR")));
		String location = created.headers().firstValue("Location").orElseThrow();
		String path = location.substring(location.indexOf("/projects/"));

		HttpResponse<String> wrongSide = client.submit(path, path + "/members", "userId=genba&role=SUPERVISOR");
		assertThat(wrongSide.statusCode()).isEqualTo(200);
		assertThat(wrongSide.body()).contains("伊藤 現さんは受注者側のユーザーのため")
			.containsPattern("value=\"genba\"\\s+selected");

		assertThat(client.submit(path, path + "/members", "userId=genba&role=SITE_AGENT").statusCode()).isEqualTo(302);
		assertThat(client.get(path).body()).contains("伊藤 現", "現場代理人", "メンバーを追加しました");
		HttpResponse<String> lastAgency = client.submit(path, path + "/members/sokatsu/remove", "");
		assertThat(lastAgency.body()).contains("発注者側のメンバーが1人もいなくなるため外せません");
	}

	private void assertError(HttpResponse<String> response, String field, String messagePart) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode errors = json.readTree(response.body()).get("errors");
		assertThat(StreamSupport.stream(errors.spliterator(), false)
			.anyMatch(error -> field.equals(error.path("field").asText()) && error.path("message").asText().contains(messagePart)))
			.as(response.body()).isTrue();
	}

	private long demoProjectId(String userId, String name) throws Exception {
		return projectNamed(json.readTree(api("GET", "/api/v1/me", userId, null).body()).get("projects"), name).get("id").asLong();
	}

	private static JsonNode projectNamed(JsonNode projects, String name) {
		return StreamSupport.stream(projects.spliterator(), false)
			.filter(project -> project.get("name").asText().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no project " + name + " in " + projects));
	}

	private HttpResponse<String> api(String method, String path, String userId, String body) {
		HttpRequest.Builder request = BrowserlessClient.basic(client.url(path), userId, PASSWORD);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return client.send(request.method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build());
	}

	private String body(Map<String, Object> fields) throws Exception {
		return json.writeValueAsString(fields);
	}

	private static Map<String, Object> validWorks(String name) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("kind", "WORKS");
		fields.put("fiscalYear", 2026);
		fields.put("projectNumber", "R8-テスト-1");
		fields.put("name", name);
		fields.put("projectField", "農業農村整備");
		fields.put("workType", "土木一式工事");
		fields.put("periodStart", "2026-06-01");
		fields.put("periodEnd", "2027-03-15");
		fields.put("content", "用水路 L=300m の補修");
		fields.put("address", "デモ県中部市地内");
		fields.put("westLongitude", "1365512");
		fields.put("eastLongitude", "1365648");
		fields.put("northLatitude", "350912");
		fields.put("southLatitude", "350805");
		fields.put("agencyOfficeName", "中部農地整備事務所");
		fields.put("agencyCode", "99204");
		fields.put("registrationNumber", "ABC123");
		return fields;
	}

	private static String member(String userId, String role) {
		return "{\"userId\":\"" + userId + "\",\"role\":\"" + role + "\"}";
	}

	private static String form(Map<String, String> fields) {
		StringBuilder form = new StringBuilder();
		fields.forEach((key, value) -> form.append(form.isEmpty() ? "" : "&").append(key).append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return form.toString();
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}
}
