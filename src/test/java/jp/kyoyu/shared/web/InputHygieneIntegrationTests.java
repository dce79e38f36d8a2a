package jp.kyoyu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * The three 500s of issue #15 answered 4xx in Japanese, and {@code CleanText}'s refusal of control characters,
 * bidi overrides and lone surrogates in file names, titles and names, naming the field; the portal form keeps
 * what was typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputHygieneIntegrationTests {

	static final String RLO = "\u202E";

	@LocalServerPort
	int port;

	JsonApi api;

	long projectId;

	long postId;

	long proposalId;

	long folderId;

	long matterId;

	@BeforeEach
	void project() throws Exception {
		api = new JsonApi(port) {
		};
		projectId = new ProjectFixtures(api).works("入力")
			.member("kantoku", "SUPERVISOR")
			.member("genba", "SITE_AGENT")
			.create();
		postId = id(api.send("POST", "/api/v1/projects/" + projectId + "/posts", "genba",
				Map.of("title", "連絡", "body", "本文")));
		proposalId = id(api.send("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", "打合せ")));
		folderId = id(api.send("POST", "/api/v1/projects/" + projectId + "/folders", "genba", Map.of("name", "入力")));
		matterId = id(api.send("POST", "/api/v1/projects/" + projectId + "/consultations", "genba",
				Map.of("title", "事前打合せ", "body", "資料", "notify", "BOARD")));
	}

	@Test
	void aNulInAMultipartFileNameIsA400OnEveryUploadEndpoint() throws Exception {
		for (String path : new String[] { "/api/v1/posts/" + postId + "/attachments",
				"/api/v1/proposals/" + proposalId + "/attachments", "/api/v1/folders/" + folderId + "/documents",
				"/api/v1/consultations/" + matterId + "/files", "/api/v1/events/import" }) {
			HttpResponse<String> refused = api.upload(path, "genba", "a\u0000b.pdf", "%PDF-1.4");
			assertThat(refused.statusCode()).as(path + " " + refused.body()).isEqualTo(400);
			assertThat(refused.body()).as(path).contains("ファイル名に使えない文字").doesNotContain("Exception");
		}
		HttpResponse<String> resumable = api.send("POST", "/api/v1/projects/" + projectId + "/uploads", "genba",
				Map.of("name", "a\u0000b.pdf", "size", 10));
		assertThat(resumable.statusCode()).isEqualTo(400);
		assertThat(resumable.body()).contains("\"field\":\"name\"").contains("ファイル名「a?b.pdf」に使えない文字");
	}

	@Test
	void aNulInAFileNameFromThePortalIsA400PageNotA500() throws Exception {
		BrowserlessClient genba = new BrowserlessClient(port);
		genba.login("genba", JsonApi.PASSWORD);
		String token = BrowserlessClient.csrfToken(genba.get("/board/posts/" + postId).body());
		HttpResponse<String> page = genba.send(multipartForm(genba.url("/board/posts/" + postId + "/replies"),
				Map.of("_csrf", token, "body", "返信"), "file", "a\u0000b.pdf"));
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("ファイル名に使えない文字");
	}

	@Test
	void theScheduleImportPageRefusesABidiFileNameOnThePage() {
		BrowserlessClient genba = new BrowserlessClient(port);
		genba.login("genba", JsonApi.PASSWORD);
		String token = BrowserlessClient.csrfToken(genba.get("/schedule/import").body());
		HttpResponse<String> page = genba.send(multipartForm(genba.url("/schedule/import"), Map.of("_csrf", token),
				"file", "予定" + RLO + "sci.ics"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("ファイル名「予定?sci.ics」に使えない文字");
	}

	@Test
	void aNullInsideAJsonListIsA400NamingTheField() throws Exception {
		HttpResponse<String> refused = api.send("POST", "/api/v1/projects/" + projectId + "/posts", "genba",
				"{\"title\":\"連絡\",\"body\":\"本文\",\"notify\":[null]}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"notify.0\"").contains("空の値（null）は指定できません");
	}

	@Test
	void theErrorPathAskedForDirectlyIsA404() {
		BrowserlessClient anonymous = new BrowserlessClient(port);
		HttpResponse<String> page = anonymous.get("/error");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).doesNotContain("システムエラー");
		HttpResponse<String> json = anonymous.send(HttpRequest.newBuilder(URI.create(anonymous.url("/error")))
			.header("Accept", "application/json").GET().build());
		assertThat(json.statusCode()).isEqualTo(404);
	}

	@Test
	void aRightToLeftOverrideInAFileNameIsRefusedAndNothingIsStored() throws Exception {
		HttpResponse<String> refused = api.upload("/api/v1/proposals/" + proposalId + "/attachments", "genba",
				"photo" + RLO + "gpj.exe", "MZ");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"file\"").contains("ファイル名「photo?gpj.exe」")
			.contains("文字の向きを変える記号");
		assertThat(api.get("/api/v1/proposals/" + proposalId, "genba").body()).doesNotContain("gpj.exe");
	}

	@Test
	void titlesAndNamesWithControlBidiOrLoneSurrogateCharactersAreRefusedNamingTheField() throws Exception {
		assertRefused(api.send("POST", "/api/v1/projects/" + projectId + "/posts", "genba",
				Map.of("title", "請求" + RLO + "書", "body", "本文")), "title", "件名");
		assertRefused(api.send("POST", "/api/v1/projects/" + projectId + "/posts", "genba",
				Map.of("title", "連絡", "body", "本文\u0000")), "body", "本文");
		assertRefused(api.send("PUT", "/api/v1/proposals/" + proposalId, "genba",
				"{\"title\":\"打合せ\\ud800\"}"), "title", "件名");
		assertRefused(api.send("POST", "/api/v1/projects/" + projectId + "/folders", "genba",
				Map.of("name", "図面\u2066")), "name", "フォルダ名");
		assertRefused(api.send("POST", "/api/v1/projects/" + projectId + "/consultations", "genba",
				Map.of("title", "打合せ\u0085", "body", "資料", "notify", "BOARD")), "title", "件名");
		assertRefused(api.send("POST", "/api/v1/projects", "sokatsu", project("工事\u202D" + suffix())), "name",
				"工事名称");
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("userId", "rlo" + suffix());
		user.put("name", "監督" + RLO + "太郎");
		user.put("email", "rlo@example.jp");
		user.put("side", "AGENCY");
		user.put("password", "Ine-karu-aki-2026-x");
		assertRefused(api.send("POST", "/api/v1/admin/users", "admin", user), "name", "氏名");
	}

	@Test
	void multiLineTextKeepsItsLineBreaksAndTabs() throws Exception {
		HttpResponse<String> created = api.send("POST", "/api/v1/projects/" + projectId + "/posts", "genba",
				Map.of("title", "連絡", "body", "1行目\r\n2行目\t列"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertRefused(api.send("POST", "/api/v1/projects/" + projectId + "/posts", "genba",
				Map.of("title", "1行目\n2行目", "body", "本文")), "title", "件名");
	}

	@Test
	void thePortalFormShowsTheRefusalAndKeepsWhatWasTyped() {
		BrowserlessClient genba = new BrowserlessClient(port);
		genba.login("genba", JsonApi.PASSWORD);
		HttpResponse<String> page = genba.submit("/projects/" + projectId + "/board/new",
				"/projects/" + projectId + "/board", "title=" + enc("請求" + RLO + "書") + "&body="
						+ enc("入力した本文はそのまま") + "&audience=all");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("「件名」に使えない文字").contains("入力した本文はそのまま");
	}

	static void assertRefused(HttpResponse<String> response, String field, String label) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"" + field + "\"").contains("「" + label + "」に使えない文字");
	}

	Map<String, Object> project(String name) {
		return new ProjectFixtures(api).worksNamedExactly(name).body();
	}

	long id(HttpResponse<String> created) throws Exception {
		return api.read(created).get("id").asLong();
	}

	static HttpRequest multipartForm(String url, Map<String, String> fields, String fileField, String fileName) {
		String boundary = "kyoyu" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
