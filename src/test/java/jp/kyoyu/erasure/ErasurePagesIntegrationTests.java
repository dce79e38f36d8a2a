package jp.kyoyu.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;
import jp.kyoyu.support.RightsFixture;

/**
 * The erasure's pages over real HTTP (issue #16, X12 (2)): the administrators' list and project page refuse what
 * the API refuses, with the same Japanese messages next to the field and what was typed kept; they erase and list
 * the certificate and the users left without a project; nobody without administration reaches them; the
 * statement is there for every logged-in user and names the date rule, the notices, the certificate's mail and
 * period and the backups; an administrator who may only read gets the certificate too, for the stated period.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErasurePagesIntegrationTests {

	private static final List<String> DEMO_USERS = List.of("admin", "sokatsu", "shunin", "kantoku", "tanto", "genba",
			"gyomu");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	RightsFixture api;

	@BeforeEach
	void client() {
		api = new RightsFixture(port);
	}

	@Test
	void anAdministratorChangesTheDateAndErasesFromThePagesWithTheApisRules() throws Exception {
		String name = "消去画面テスト " + ProjectFixtures.unique();
		String lone = api.user("erl", "CONTRACTOR");
		long project = endedProject(name, lone);
		BrowserlessClient admin = loggedIn("admin");
		String page = "/admin/erasures/" + project;

		HttpResponse<String> list = admin.get("/admin/erasures");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).as("every message resolved").doesNotContain("??");
		assertThat(row(list.body(), project)).contains(name).contains("2026/03/31").contains("2026/06/29")
			.contains("予定");
		assertThat(admin.get("/admin").body()).as("in the administration menu").contains("/admin/erasures");

		HttpResponse<String> early = admin.submit(page, page + "/date",
				"erasureDate=2026-03-30&reason=" + enc("早めに消したい"));
		assertThat(early.statusCode()).isEqualTo(200);
		assertThat(early.body()).contains("id=\"erasureDate-error\"")
			.contains("消去日は契約の終了日（2026-03-31）より前にはできません")
			.contains("value=\"早めに消したい\"").contains("value=\"2026-03-30\"");

		HttpResponse<String> wrongName = admin.submit(page, page + "/run",
				"confirmName=" + enc(name + "x") + "&reason=" + enc("契約終了による消去（入力を保持）"));
		assertThat(wrongName.statusCode()).isEqualTo(200);
		assertThat(wrongName.body()).contains("id=\"confirmName-error\"").contains("名称を正確に入力してください")
			.contains("value=\"契約終了による消去（入力を保持）\"");
		assertThat(status(project)).as("nothing happened").isEqualTo("SCHEDULED");

		HttpResponse<String> moved = admin.submit(page, page + "/date",
				"erasureDate=2026-04-30&reason=" + enc("完了検査の後"));
		assertThat(moved.statusCode()).isEqualTo(302);
		assertThat(admin.get(page).body()).contains("消去日を変更しました").contains("2026/04/30").contains("完了検査の後");

		HttpResponse<String> started = admin.submit(page, page + "/run",
				"confirmName=" + enc(name) + "&reason=" + enc("契約終了による消去"));
		assertThat(started.statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(20)).until(() -> status(project).equals("ERASED"));

		String after = row(admin.get("/admin/erasures").body(), project);
		assertThat(after).contains("消去済み").contains("/api/v1/erasures/" + project + "/certificate");
		assertThat(admin.get("/admin/erasures").body()).as("a user whose only project is gone")
			.contains("/admin/users/" + lone);
		assertThat(admin.get(page).body()).doesNotContain("??").contains("消去済み").contains("手動、実施者: admin")
			.doesNotContain("id=\"run-form\"");
		assertThat(admin.download("/api/v1/erasures/" + project + "/certificate").statusCode()).isEqualTo(200);

		HttpResponse<String> statement = loggedIn(lone).get("/about/erasure");
		assertThat(statement.body()).as("a former member finds the certificate")
			.contains("/api/v1/erasures/" + project + "/certificate").contains(name);
	}

	@Test
	void nobodyWithoutAdministrationReachesThePagesAndReadersOnlyLook() throws Exception {
		String name = "消去画面権限 " + ProjectFixtures.unique();
		long project = endedProject(name, "genba");
		String page = "/admin/erasures/" + project;
		String run = "confirmName=" + enc(name) + "&reason=" + enc("権限のない消去");

		BrowserlessClient genba = loggedIn("genba");
		assertThat(genba.get("/admin/erasures").statusCode()).isEqualTo(403);
		assertThat(genba.get(page).statusCode()).isEqualTo(403);
		assertThat(genba.submit("/", page + "/run", run).statusCode()).isEqualTo(403);
		assertThat(genba.submit("/", page + "/date", "erasureDate=2026-05-01&reason=x").statusCode())
			.isEqualTo(403);

		String reader = api.user("err", "AGENCY");
		api.rights(reader, Feature.ADMIN, AccessLevel.READ);
		BrowserlessClient auditor = loggedIn(reader);
		HttpResponse<String> list = auditor.get("/admin/erasures");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(name);
		HttpResponse<String> look = auditor.get(page);
		assertThat(look.statusCode()).isEqualTo(200);
		assertThat(look.body()).contains(name).doesNotContain("id=\"run-form\"").doesNotContain("id=\"date-form\"");
		assertThat(auditor.submit(page, page + "/run", run).statusCode()).isEqualTo(403);
		assertThat(auditor.submit(page, page + "/date", "erasureDate=2026-05-01&reason=x").statusCode())
			.isEqualTo(403);

		assertThat(api.get("/api/v1/admin/erasures", reader).body()).as("the list as JSON, for ADMIN READ")
			.contains("\"projectId\":" + project);
		assertThat(api.get("/api/v1/admin/erasures", "genba").statusCode()).isEqualTo(403);

		assertThat(status(project)).isEqualTo("SCHEDULED");
		assertThat(api.read(api.get("/api/v1/projects/" + project + "/erasure", "genba")).get("erasureDate").asText())
			.as("the date unchanged").isEqualTo("2026-06-29");
	}

	@Test
	void anAdministratorWhoMayOnlyReadAndTheMembersGetTheCertificateForTheStatedPeriodOnly() throws Exception {
		String name = "証明書期間 " + ProjectFixtures.unique();
		String member = api.user("ecm", "CONTRACTOR");
		long project = endedProject(name, member);
		String reader = api.user("ecr", "AGENCY");
		api.rights(reader, Feature.ADMIN, AccessLevel.READ);
		String certificate = "/api/v1/erasures/" + project + "/certificate";
		assertThat(api.bytes(certificate, reader).statusCode()).as("nothing to download before the erasure")
			.isEqualTo(404);
		assertThat(api.send("POST", "/api/v1/projects/" + project + "/erasure/run", reader,
				Map.of("confirmName", name, "reason", "読むだけの管理者")).statusCode()).as("READ does not erase")
			.isEqualTo(403);
		assertThat(api.send("POST", "/api/v1/projects/" + project + "/erasure/run", "admin",
				Map.of("confirmName", name, "reason", "契約終了による消去")).statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(20)).until(() -> status(project).equals("ERASED"));

		HttpResponse<byte[]> pdf = api.bytes(certificate, reader);
		assertThat(pdf.statusCode()).as("ADMIN READ downloads it").isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(api.bytes(certificate, "gyomu").statusCode()).as("neither member nor administrator").isEqualTo(404);
		BrowserlessClient auditor = loggedIn(reader);
		assertThat(row(auditor.get("/admin/erasures").body(), project)).as("the reader's list links it")
			.contains("href=\"" + certificate + "\"");
		assertThat(auditor.get("/admin/erasures/" + project).body()).contains("href=\"" + certificate + "\"")
			.contains("まで取得できます");
		assertThat(auditor.download(certificate).statusCode()).as("through the page's session").isEqualTo(200);
		String statement = loggedIn(member).get("/about/erasure").body();
		assertThat(statement).as("the member's link, with its last day").contains("href=\"" + certificate + "\"")
			.contains("まで取得できます");

		// The period is measured from erased_at (kyoyu.erasure.certificate-days = 365): move that, not the setting.
		jdbc.update("update erasure_job set erased_at = ? where project_id = ?", java.time.OffsetDateTime.now()
			.minusDays(366), project);
		HttpResponse<String> expired = api.get(certificate, reader);
		assertThat(expired.statusCode()).as("after the period, for the reader too").isEqualTo(410);
		assertThat(expired.body()).contains("取得期間（消去から365日");
		assertThat(api.get(certificate, member).statusCode()).as("and for the member").isEqualTo(410);
		assertThat(row(auditor.get("/admin/erasures").body(), project)).as("no link that would answer 410")
			.doesNotContain(certificate).contains("取得期間は終了しました");
		assertThat(auditor.get("/admin/erasures/" + project).body()).doesNotContain(certificate)
			.contains("取得期間は終了しました");
		assertThat(loggedIn(member).get("/about/erasure").body()).doesNotContain(certificate)
			.contains(name).contains("証明書の取得期間は");
	}

	@Test
	void theStatementIsThereForEveryLoggedInUserAndNamesTheRule() throws Exception {
		String noRights = api.user("ern", "CONTRACTOR");
		Map<Feature, AccessLevel> none = new EnumMap<>(Feature.class);
		for (Feature feature : Feature.values()) {
			none.put(feature, AccessLevel.NONE);
		}
		api.rights(noRights, none);
		for (String user : concat(DEMO_USERS, noRights)) {
			BrowserlessClient client = loggedIn(user);
			HttpResponse<String> statement = client.get("/about/erasure");
			assertThat(statement.statusCode()).as(user).isEqualTo(200);
			assertThat(statement.body()).as("every message resolved").doesNotContain("??");
			assertThat(statement.body()).as(user).contains("契約の終了日（工期・履行期間の末日）の90日後")
				.contains("再現できません").contains("バックアップの保存期間").contains("電子成果品")
				.contains("データ消去証明書")
				.contains("消去日の30日前、7日前、前日に、メンバー全員にメールでお知らせします")
				.contains("総括監督員にメールで送ります").contains("消去から365日間")
				.contains("鍵を破棄するので、運用者が障害に備えて取得しているバックアップに残るファイルの写しも");
			assertThat(client.get("/").body()).as("linked from the footer for " + user).contains("/about/erasure");
		}
		BrowserlessClient english = loggedIn("genba");
		String twin = english.get("/about/erasure?lang=en").body();
		assertThat(twin).as("the English twin").doesNotContain("??").contains("90 days after the end of its contract")
			.contains("30 days, 7 days and 1 day before").contains("and mails it to the project")
			.contains("for 365 days after the erasure").contains("The erasure destroys that key");
		english.get("/about/erasure?lang=ja");
		assertThat(new BrowserlessClient(port).get("/about/erasure").statusCode()).as("anonymous: to the login")
			.isEqualTo(302);
	}

	/** A works project named exactly {@code name} whose contract ended 2026-03-31 (erasure date 2026-06-29). */
	private long endedProject(String name, String member) throws Exception {
		return ErasureSupport.endedProject(api, name)
			.member(member, "SITE_AGENT")
			.create();
	}

	private String status(long project) throws Exception {
		return ErasureSupport.status(api, project);
	}

	/** The list's row of the project. */
	private static String row(String html, long project) {
		int start = html.indexOf("id=\"erasure-" + project + "\"");
		assertThat(start).as("a row for project " + project).isPositive();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	private BrowserlessClient loggedIn(String user) {
		BrowserlessClient client = new BrowserlessClient(port);
		client.login(user, JsonApi.PASSWORD);
		return client;
	}

	private static List<String> concat(List<String> users, String more) {
		return java.util.stream.Stream.concat(users.stream(), java.util.stream.Stream.of(more)).toList();
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
