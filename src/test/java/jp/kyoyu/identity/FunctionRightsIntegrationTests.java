package jp.kyoyu.identity;

import static jp.kyoyu.identity.AccessLevel.NONE;
import static jp.kyoyu.identity.AccessLevel.READ;
import static jp.kyoyu.identity.AccessLevel.WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.RightsFixture;

/**
 * Each function's right holds on every surface (C8.1, C8.3): NONE refuses pages, the JSON API and downloads with a
 * Japanese message naming the function, READ reads but may not write, WRITE writes; and an administrator's change
 * applies from the user's next request, without logging in again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunctionRightsIntegrationTests {

	@LocalServerPort
	int port;

	RightsFixture api;

	/** A contractor (site agent) of {@link #project}; each test sets the rights it is about. */
	String user;

	long project;

	@BeforeAll
	void setUp() throws Exception {
		api = new RightsFixture(port);
		user = api.user("fr", "CONTRACTOR");
		project = api.project("権限の試験", Map.of(user, "SITE_AGENT"));
	}

	@Test
	void boardRightHoldsOnApiPagesAndDownloadsAndChangesWithoutNewLogin() throws Exception {
		api.rights(user, Feature.BOARD, WRITE);
		HttpResponse<String> posted = api.send("POST", "/api/v1/projects/" + project + "/posts", user, post("書ける"));
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
		long postId = api.read(posted).get("id").asLong();
		long fileId = api.read(api.upload("/api/v1/posts/" + postId + "/attachments", user, "memo.txt", "メモ"))
			.get("id").asLong();
		String download = "/api/v1/posts/" + postId + "/attachments/" + fileId;
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login(user, JsonApi.PASSWORD);
		assertThat(browser.get("/projects/" + project + "/board").statusCode()).isEqualTo(200);
		assertThat(browser.get("/").body()).contains("id=\"unread-posts\"");

		api.rights(user, Feature.BOARD, NONE);
		String none = "掲示板を使う権限がありません";
		assertRefused(api.get("/api/v1/projects/" + project + "/posts", user), none);
		assertRefused(api.get("/api/v1/posts/" + postId, user), none);
		assertRefused(api.send("POST", "/api/v1/projects/" + project + "/posts", user, post("書けない")), none);
		assertThat(api.bytes(download, user).statusCode()).isEqualTo(403);
		// The same session, no new login: the page is refused now, with the existing 403 page naming the function.
		HttpResponse<String> page = browser.get("/projects/" + project + "/board");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("アクセスできません").contains(none);
		assertThat(browser.get("/board/unread").statusCode()).isEqualTo(403);
		assertThat(browser.get("/").body()).as("the home page hides the board card").doesNotContain("id=\"unread-posts\"");
		assertThat(browser.get("/projects/" + project).body()).doesNotContain("/projects/" + project + "/board\"");

		api.rights(user, Feature.BOARD, READ);
		assertThat(api.get("/api/v1/projects/" + project + "/posts", user).statusCode()).isEqualTo(200);
		assertThat(api.bytes(download, user).statusCode()).isEqualTo(200);
		assertThat(browser.get("/projects/" + project + "/board").statusCode()).isEqualTo(200);
		assertRefused(api.send("POST", "/api/v1/projects/" + project + "/posts", user, post("読むだけ")),
				"掲示板で登録・変更する権限がありません");
		assertRefused(api.send("DELETE", "/api/v1/posts/" + postId, user, null), "掲示板で登録・変更する権限がありません");
		assertThat(browser.get("/projects/" + project + "/board/new").statusCode()).isEqualTo(403);
		assertThat(browser.get("/board/posts/" + postId).body()).as("a reader gets no reply form or edit button")
			.doesNotContain("id=\"reply\"").doesNotContain("id=\"edit\"");
	}

	@Test
	void proposalRightRefusesDraftingAndReading() throws Exception {
		Map<String, Object> draft = Map.of("type", "worksMeetingRecord", "title", "権限の試験");
		api.rights(user, Feature.PROPOSAL, WRITE);
		HttpResponse<String> created = api.send("POST", "/api/v1/projects/" + project + "/proposals", user, draft);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = api.read(created).get("id").asLong();

		api.rights(user, Feature.PROPOSAL, NONE);
		assertRefused(api.get("/api/v1/projects/" + project + "/proposals", user), "発議書類を使う権限がありません");
		assertRefused(api.get("/api/v1/proposals/" + id, user), "発議書類を使う権限がありません");
		assertThat(api.bytes("/api/v1/proposals/" + id + "/pdf", user).statusCode()).isEqualTo(403);
		assertRefused(api.get("/api/v1/projects/" + project + "/consultations", user), "発議書類を使う権限がありません");
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login(user, JsonApi.PASSWORD);
		assertThat(browser.get("/projects/" + project + "/proposals").statusCode()).isEqualTo(403);
		assertThat(browser.get("/proposals/" + id).statusCode()).isEqualTo(403);
		assertThat(browser.get("/projects/" + project + "/consultations").statusCode()).isEqualTo(403);
		assertThat(browser.get("/projects/" + project).body()).doesNotContain("/projects/" + project + "/proposals\"");

		api.rights(user, Feature.PROPOSAL, READ);
		assertThat(api.get("/api/v1/proposals/" + id, user).statusCode()).isEqualTo(200);
		assertRefused(api.send("POST", "/api/v1/projects/" + project + "/proposals", user, draft),
				"発議書類で登録・変更する権限がありません");
		assertRefused(api.send("PUT", "/api/v1/proposals/" + id, user, Map.of("title", "変更")),
				"発議書類で登録・変更する権限がありません");
		assertThat(browser.get("/proposals/" + id).statusCode()).isEqualTo(200);
		assertThat(browser.get("/projects/" + project + "/proposals/new").statusCode()).isEqualTo(403);
	}

	@Test
	void workflowNoneClosesTasksOnThePortalTasklistAndEngineRest() throws Exception {
		api.rights(user, Feature.WORKFLOW, WRITE);
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login(user, JsonApi.PASSWORD);
		assertThat(api.get("/api/v1/tasks", user).statusCode()).isEqualTo(200);
		assertThat(api.get("/engine-rest/task", user).statusCode()).isEqualTo(200);
		assertThat(browser.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(200);
		assertThat(browser.get("/").body()).contains("href=\"/tasks\"");

		api.rights(user, Feature.WORKFLOW, NONE);
		String none = "ワークフロー（承認）を使う権限がありません";
		assertRefused(api.get("/api/v1/tasks", user), none);
		assertRefused(api.get("/engine-rest/task", user), none);
		assertRefused(api.get("/engine-rest/engine/default/task?assignee=" + user, user), none);
		assertRefused(api.send("POST", "/engine-rest/task", user, "{}"), none);
		assertRefused(api.send("POST", "/engine-rest/filter/any/list", user, "{}"), none);
		assertThat(browser.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(403);
		assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(403);
		assertThat(browser.get("/tasks").statusCode()).isEqualTo(403);
		assertThat(browser.get("/workflow/proposals").statusCode()).isEqualTo(403);
		String home = browser.get("/").body();
		assertThat(home).as("menu and cards hide the workflow").doesNotContain("href=\"/tasks\"")
			.doesNotContain("/camunda/app/tasklist").doesNotContain("id=\"my-tasks\"");

		api.rights(user, Feature.WORKFLOW, READ);
		assertThat(api.get("/engine-rest/task", user).statusCode()).isEqualTo(200);
		assertThat(api.send("POST", "/engine-rest/task/count", user, "{}").statusCode()).isEqualTo(200);
		String write = "ワークフロー（承認）で登録・変更する権限がありません";
		assertRefused(api.send("POST", "/engine-rest/task/no-such-task/complete", user, "{}"), write);
		assertRefused(api.send("POST", "/engine-rest/task/no-such-task/claim", user, "{\"userId\":\"" + user + "\"}"),
				write);
		assertRefused(api.send("POST", "/api/v1/tasks/no-such-task/complete", user, "{}"), write);
		assertRefused(api.send("PUT", "/api/v1/me/absences", user, "[]"), write);
	}

	@Test
	void documentRightRefusesListsDownloadsAndFolders() throws Exception {
		api.rights(user, Feature.DOCUMENT, NONE);
		String none = "書類管理を使う権限がありません";
		assertRefused(api.get("/api/v1/projects/" + project + "/documents", user), none);
		assertRefused(api.get("/api/v1/projects/" + project + "/folders", user), none);
		assertThat(api.bytes("/api/v1/projects/" + project + "/documents.csv", user).statusCode()).isEqualTo(403);
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login(user, JsonApi.PASSWORD);
		HttpResponse<String> page = browser.get("/projects/" + project + "/documents");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains(none);

		api.rights(user, Feature.DOCUMENT, READ);
		assertThat(api.get("/api/v1/projects/" + project + "/folders", user).statusCode()).isEqualTo(200);
		assertThat(api.bytes("/api/v1/projects/" + project + "/documents.csv", user).statusCode()).isEqualTo(200);
		assertThat(browser.get("/projects/" + project + "/documents").body()).doesNotContain("id=\"register\"")
			.doesNotContain("id=\"new-folder\"");
		assertThat(browser.get("/projects/" + project + "/documents/new").statusCode()).isEqualTo(403);
		Map<String, Object> folder = new LinkedHashMap<>();
		folder.put("name", "権限の試験");
		folder.put("parentId", null);
		assertRefused(api.send("POST", "/api/v1/projects/" + project + "/folders", user, folder),
				"書類管理で登録・変更する権限がありません");
		assertRefused(api.send("POST", "/api/v1/projects/" + project + "/uploads", user, "{}"),
				"書類管理で登録・変更する権限がありません");

		api.rights(user, Feature.DOCUMENT, WRITE);
		HttpResponse<String> created = api.send("POST", "/api/v1/projects/" + project + "/folders", user, folder);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	@Test
	void scheduleRightRefusesOnTheRequest() throws Exception {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("title", "権限の試験");
		event.put("start", "2026-12-02T10:00:00+09:00");
		event.put("end", "2026-12-02T11:00:00+09:00");
		event.put("allDay", false);
		event.put("projectIds", List.of());
		api.rights(user, Feature.SCHEDULE, NONE);
		assertRefused(api.get("/api/v1/events?from=2026-12-01&to=2026-12-07", user), "スケジュールを使う権限がありません");
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login(user, JsonApi.PASSWORD);
		assertThat(browser.get("/schedule").statusCode()).isEqualTo(403);
		assertThat(browser.get("/").body()).doesNotContain("id=\"todays-events\"").doesNotContain("href=\"/schedule\"");

		api.rights(user, Feature.SCHEDULE, READ);
		assertThat(api.get("/api/v1/events?from=2026-12-01&to=2026-12-07", user).statusCode()).isEqualTo(200);
		assertRefused(api.send("POST", "/api/v1/events", user, event), "スケジュールで登録・変更する権限がありません");

		api.rights(user, Feature.SCHEDULE, WRITE);
		assertThat(api.send("POST", "/api/v1/events", user, event).statusCode()).isEqualTo(201);
	}

	@Test
	void exportNeedsItsRightAndTheRightToReadDocuments() throws Exception {
		Map<String, Object> zip = Map.of("kind", "ZIP", "folderIds", List.of());
		String exports = "/api/v1/projects/" + project + "/exports";
		api.rights(user, Feature.EXPORT, NONE);
		assertRefused(api.get(exports, user), "書類の出力・電子成果品を使う権限がありません");
		assertRefused(api.send("POST", exports, user, zip), "書類の出力・電子成果品を使う権限がありません");
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login(user, JsonApi.PASSWORD);
		assertThat(browser.get("/projects/" + project + "/exports").statusCode()).isEqualTo(403);

		api.rights(user, Feature.EXPORT, READ);
		assertThat(api.get(exports, user).statusCode()).isEqualTo(200);
		assertRefused(api.send("POST", exports, user, zip), "書類の出力・電子成果品で登録・変更する権限がありません");

		Map<Feature, AccessLevel> exportWithoutDocuments = writeEverywhere();
		exportWithoutDocuments.put(Feature.DOCUMENT, NONE);
		api.rights(user, exportWithoutDocuments);
		assertRefused(api.send("POST", exports, user, zip), "書類管理を使う権限がありません");

		api.rights(user, Feature.EXPORT, WRITE);
		HttpResponse<String> started = api.send("POST", exports, user, zip);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
	}

	@Test
	void administrationReadIsForTheAuditTrailOnly() throws Exception {
		String auditor = api.user("au", "AGENCY");
		Map<Feature, AccessLevel> levels = writeEverywhere();
		levels.put(Feature.ADMIN, READ);
		api.rights(auditor, levels);
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login(auditor, JsonApi.PASSWORD);
		assertThat(browser.get("/admin/audit").statusCode()).isEqualTo(200);
		assertThat(browser.get("/admin").body()).contains("/admin/audit").doesNotContain("/admin/users");
		assertThat(browser.get("/admin/users").statusCode()).isEqualTo(403);
		assertRefused(api.get("/api/v1/admin/users", auditor), "システム管理で登録・変更する権限がありません");

		levels.put(Feature.ADMIN, NONE);
		api.rights(auditor, levels);
		assertThat(browser.get("/admin/audit").statusCode()).as("no new login needed").isEqualTo(403);
		assertThat(browser.get("/").body()).doesNotContain("href=\"/admin\"");
	}

	@Test
	void aDisabledUsersBasicCallsAreRefused() throws Exception {
		String leaver = api.user("dis", "CONTRACTOR");
		assertThat(api.get("/api/v1/events?from=2026-12-01&to=2026-12-07", leaver).statusCode()).isEqualTo(200);
		assertThat(api.send("PUT", "/api/v1/admin/users/" + leaver, "admin", Map.of("enabled", false)).statusCode())
			.isEqualTo(200);
		assertThat(api.get("/api/v1/events?from=2026-12-01&to=2026-12-07", leaver).statusCode()).isIn(401, 403);
	}

	private static Map<Feature, AccessLevel> writeEverywhere() {
		Map<Feature, AccessLevel> levels = new EnumMap<>(Feature.class);
		for (Feature feature : Feature.values()) {
			levels.put(feature, feature == Feature.ADMIN ? NONE : WRITE);
		}
		return levels;
	}

	private static Map<String, Object> post(String title) {
		return Map.of("title", title, "body", title + " の本文です。", "visibleTo", Map.of("users", List.of(), "groups", List.of()));
	}

	private static void assertRefused(HttpResponse<String> response, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(response.body()).contains(message);
	}
}
