package jp.kyoyu.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.ProjectFixtures;
import jp.kyoyu.support.RightsFixture;

/**
 * Inspectors (検査員, 本文5, issue #20): a user who is not a member reads a project's documents during the period the
 * 総括監督員 granted - and nothing else: writing, other pages and any day outside the period answer 403 in Japanese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InspectionIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	RightsFixture api;

	long project;

	long folder;

	long document;

	long file;

	String inspector;

	@BeforeEach
	void setUp() throws Exception {
		api = new RightsFixture(port);
		project = new ProjectFixtures(api).works("検査工事").member("kantoku", "SUPERVISOR")
			.member("genba", "SITE_AGENT").create();
		folder = api.read(api.get("/api/v1/projects/" + project + "/folders", "genba")).get(0).get("id").asLong();
		JsonNode registered = api.read(api.multipart("/api/v1/folders/" + folder + "/documents", "genba",
				Map.of("title", "出来形管理図", "category", "協議", "date", TODAY.toString()),
				Map.of("dekigata.txt", "出来形の値".getBytes(StandardCharsets.UTF_8))));
		document = registered.get("id").asLong();
		file = registered.get("files").get(0).get("id").asLong();
		inspector = api.user("kensa", "AGENCY");
	}

	@Test
	void anInspectorReadsTheDocumentsDuringThePeriodAndEveryReadIsAudited() throws Exception {
		HttpResponse<String> granted = grant("sokatsu", inspector, TODAY, TODAY.plusDays(7));
		assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
		assertThat(audited("project.inspection-granted", "sokatsu")).isEqualTo(1);

		assertThat(api.get("/api/v1/projects/" + project + "/folders", inspector).statusCode()).isEqualTo(200);
		HttpResponse<String> list = api.get("/api/v1/projects/" + project + "/documents", inspector);
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		assertThat(api.titles(list, "title")).containsExactly("出来形管理図");
		assertThat(api.get("/api/v1/documents/" + document, inspector).statusCode()).isEqualTo(200);
		HttpResponse<byte[]> download = api.bytes("/api/v1/documents/" + document + "/files/" + file, inspector);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(new String(download.body(), StandardCharsets.UTF_8)).isEqualTo("出来形の値");
		assertThat(audited("project.inspection-accessed", inspector)).isGreaterThanOrEqualTo(4);

		JsonNode mine = api.read(api.get("/api/v1/me/inspections", inspector));
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).get("projectId").asLong()).isEqualTo(project);
		assertThat(mine.get(0).get("active").asBoolean()).isTrue();
		JsonNode listed = api.read(api.get("/api/v1/projects/" + project + "/inspections", "genba"));
		assertThat(listed.get(0).get("userId").asText()).isEqualTo(inspector);
	}

	@Test
	void anInspectorWritesNothingAndSeesNothingButDocuments() throws Exception {
		assertThat(grant("sokatsu", inspector, TODAY, TODAY).statusCode()).isEqualTo(201);

		Map<String, Object> newFolder = new LinkedHashMap<>();
		newFolder.put("name", "検査員のフォルダ");
		newFolder.put("parentId", null);
		assertReadOnly(api.send("POST", "/api/v1/projects/" + project + "/folders", inspector, newFolder));
		assertReadOnly(api.multipart("/api/v1/folders/" + folder + "/documents", inspector,
				Map.of("title", "検査員の書類", "category", "協議", "date", TODAY.toString()),
				Map.of("x.txt", "x".getBytes(StandardCharsets.UTF_8))));
		assertReadOnly(api.send("DELETE", "/api/v1/documents/" + document, inspector, null));
		assertReadOnly(api.send("PUT", "/api/v1/folders/" + folder, inspector, Map.of("name", "改名")));
		// Not documents: the project's basic info and members (403, they know it exists), its board (hidden).
		assertReadOnly(api.get("/api/v1/projects/" + project, inspector));
		assertReadOnly(api.get("/api/v1/projects/" + project + "/members", inspector));
		assertThat(api.get("/api/v1/projects/" + project + "/posts", inspector).statusCode()).isIn(403, 404);
		assertThat(api.get("/api/v1/documents/" + document, "genba").statusCode()).isEqualTo(200);
	}

	@Test
	void outsideThePeriodTheInspectorIsToldSoAndAfterARevocationTheProjectIsHiddenAgain() throws Exception {
		HttpResponse<String> later = grant("sokatsu", inspector, TODAY.plusDays(3), TODAY.plusDays(5));
		assertThat(later.statusCode()).isEqualTo(201);
		HttpResponse<String> early = api.get("/api/v1/projects/" + project + "/documents", inspector);
		assertThat(early.statusCode()).isEqualTo(403);
		assertThat(early.body()).contains("検査期間外のため閲覧できません", TODAY.plusDays(3).toString());
		assertThat(api.read(api.get("/api/v1/me/inspections", inspector)).get(0).get("active").asBoolean()).isFalse();

		// A period that ended yesterday: no job ran, the check itself compares with today.
		String ended = api.user("kensa", "AGENCY");
		jdbc.update("insert into inspection_grant (project_id, user_id, valid_from, valid_to, granted_by, granted_at)"
				+ " values (?, ?, ?, ?, 'sokatsu', current_timestamp)", project, ended, TODAY.minusDays(10),
				TODAY.minusDays(1));
		HttpResponse<String> afterwards = api.get("/api/v1/documents/" + document, ended);
		assertThat(afterwards.statusCode()).isEqualTo(403);
		assertThat(afterwards.body()).contains("検査期間外");
		assertThat(api.read(api.get("/api/v1/me/inspections", ended))).isEmpty();

		long grantId = api.read(later).get("id").asLong();
		assertThat(api.send("DELETE", "/api/v1/projects/" + project + "/inspections/" + grantId, "kantoku", null)
			.statusCode()).isEqualTo(403);
		assertThat(api.send("DELETE", "/api/v1/projects/" + project + "/inspections/" + grantId, "sokatsu", null)
			.statusCode()).isEqualTo(204);
		assertThat(audited("project.inspection-revoked", "sokatsu")).isEqualTo(1);
		assertThat(api.get("/api/v1/projects/" + project + "/documents", inspector).statusCode()).isEqualTo(404);
	}

	@Test
	void onlyTheGeneralSupervisorOrAnAdministratorGrantsAndTheRulesRefuseBadGrants() throws Exception {
		HttpResponse<String> supervisor = grant("kantoku", inspector, TODAY, TODAY.plusDays(1));
		assertThat(supervisor.statusCode()).isEqualTo(403);
		assertThat(supervisor.body()).contains("総括監督員またはシステム管理者だけ");
		assertThat(grant("genba", inspector, TODAY, TODAY.plusDays(1)).statusCode()).isEqualTo(403);
		assertThat(grant("gyomu", inspector, TODAY, TODAY.plusDays(1)).statusCode()).isEqualTo(404);

		assertRefused(grant("sokatsu", "genba", TODAY, TODAY), "userId", "メンバーです");
		assertRefused(grant("sokatsu", "", TODAY, TODAY), "userId", "ユーザーを選んでください");
		assertRefused(grant("sokatsu", "no-such-user-x", TODAY, TODAY), "userId", "登録されていません");
		assertRefused(grant("sokatsu", inspector, TODAY.plusDays(2), TODAY), "validTo", "開始日以降");
		assertRefused(grant("sokatsu", inspector, TODAY.minusDays(5), TODAY.minusDays(1)), "validTo", "過ぎた");
		assertRefused(grant("sokatsu", inspector, TODAY, TODAY.plusDays(400)), "validTo", "366日以内");
		assertRefused(grant("sokatsu", inspector, null, null), "validFrom", "開始日を入力");
		assertThat(api.read(api.get("/api/v1/projects/" + project + "/inspections", "sokatsu"))).isEmpty();

		assertThat(grant("admin", inspector, TODAY, TODAY.plusDays(1)).statusCode()).isEqualTo(201);
	}

	@Test
	void thePagesShowTheInspectorSectionTheInspectorsHomeAndNoWritingForms() throws Exception {
		BrowserlessClient sokatsu = new BrowserlessClient(port);
		sokatsu.login("sokatsu", RightsFixture.PASSWORD);
		String page = "/projects/" + project;
		HttpResponse<String> refused = sokatsu.submit(page, page + "/inspections",
				"userId=" + inspector + "&validFrom=" + TODAY.plusDays(2) + "&validTo=あした");
		assertThat(refused.body()).contains("id=\"inspectors\"", "「あした」は日付として読めません");
		HttpResponse<String> done = sokatsu.submit(page, page + "/inspections",
				"userId=" + inspector + "&validFrom=" + TODAY + "&validTo=" + TODAY.plusDays(2));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(sokatsu.get(page).body()).contains(inspector, "検査期間中");

		BrowserlessClient kensa = new BrowserlessClient(port);
		kensa.login(inspector, RightsFixture.PASSWORD);
		String home = kensa.get("/").body();
		assertThat(home).contains("検査する工事・業務", "/projects/" + project + "/documents");
		HttpResponse<String> documents = kensa.get("/projects/" + project + "/documents");
		assertThat(documents.statusCode()).isEqualTo(200);
		assertThat(documents.body()).contains("出来形管理図").doesNotContain("id=\"new-folder\"", "id=\"register\"");
		HttpResponse<String> projectPage = kensa.get(page);
		assertThat(projectPage.statusCode()).isEqualTo(403);
		assertThat(projectPage.body()).contains("検査員は書類の閲覧だけができます");
	}

	private HttpResponse<String> grant(String actor, String userId, LocalDate from, LocalDate to) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("userId", userId);
		body.put("validFrom", from == null ? null : from.toString());
		body.put("validTo", to == null ? null : to.toString());
		return api.send("POST", "/api/v1/projects/" + project + "/inspections", actor, body);
	}

	private void assertReadOnly(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(response.body()).contains("検査員は書類の閲覧だけができます");
	}

	private void assertRefused(HttpResponse<String> response, String field, String words) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"" + field + "\"", words);
	}

	private long audited(String action, String actor) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and actor = ? and target = ?",
				Long.class, action, actor, "project:" + project);
	}
}
