package jp.kyoyu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.RightsFixture;

/**
 * Personal API tokens (issue #21): made through the API and the account page, shown once, stored as a hash, used as
 * {@code Authorization: Bearer} on the JSON API and engine REST as the holder with the holder's own rights, without a
 * session; every refusal (unknown, revoked, expired, disabled holder, another's token, administration without the
 * right, a token making a token, a validity past the maximum) answered in Japanese and audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokenIntegrationTests {

	private static final Pattern SECRET = Pattern.compile("kyoyu_[A-Za-z0-9_-]{43}");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	RightsFixture api;

	final HttpClient http = HttpClient.newHttpClient();

	String holder;

	@BeforeEach
	void holder() throws Exception {
		api = new RightsFixture(port);
		holder = api.user("tok", "CONTRACTOR");
	}

	@Test
	void aTokenActsAsItsHolderOnTheApiAndEngineRestWithoutASession() throws Exception {
		HttpResponse<String> made = api.send("POST", "/api/v1/me/api-tokens", holder,
				Map.of("name", "夜間の集計スクリプト", "validDays", 30));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		JsonNode token = api.json.readTree(made.body());
		String secret = token.get("token").asText();
		assertThat(secret).matches(SECRET);
		assertThat(made.headers().firstValue("Location").orElseThrow())
			.endsWith("/api/v1/me/api-tokens/" + token.get("id").asLong());
		assertThat(Instant.parse(token.get("expiresAt").asText()))
			.isBetween(Instant.now().plus(29, ChronoUnit.DAYS), Instant.now().plus(31, ChronoUnit.DAYS));
		assertThat(jdbc.queryForObject("select count(*) from identity_api_token where token_hash = ? or token_hash = ?",
				Integer.class, secret, secret.substring(6))).as("the secret itself is stored nowhere").isZero();

		HttpResponse<String> me = bearer("GET", "/api/v1/me", secret, null);
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		assertThat(api.json.readTree(me.body()).get("userId").asText()).isEqualTo(holder);
		assertThat(me.headers().allValues("Set-Cookie")).as("no session for a token request").isEmpty();

		// A change without a CSRF token: a browser never adds a Bearer header on its own.
		HttpResponse<String> marked = bearer("POST", "/api/v1/me/unread-posts/mark-read", secret, "{}");
		assertThat(marked.statusCode()).as(marked.body()).isBetween(200, 299);

		// Camunda's engine REST API sees the holder, a contractor: Tasklist yes, Cockpit (the agency side's) no.
		HttpResponse<String> own = bearer("GET", "/engine-rest/user/" + holder + "/profile", secret, null);
		assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
		assertThat(own.body()).contains("\"id\":\"" + holder + "\"");
		assertThat(camundaMayOpen("tasklist", secret)).isTrue();
		assertThat(camundaMayOpen("cockpit", secret)).isFalse();
		assertThat(bearer("GET", "/engine-rest/filter", secret, null).body()).contains("自分のタスク");

		HttpResponse<String> listed = api.get("/api/v1/me/api-tokens", holder);
		JsonNode first = api.json.readTree(listed.body()).get(0);
		assertThat(first.get("name").asText()).isEqualTo("夜間の集計スクリプト");
		assertThat(first.has("token")).as("the list never shows the secret").isFalse();
		assertThat(first.get("lastUsedAt").isNull()).as("used just now").isFalse();
		assertThat(audited("api-token.created", holder)).isEqualTo(1);
		assertThat(audited("api-token.first-use", holder)).as("the first use only").isEqualTo(1);
	}

	@Test
	void theLastUseIsWrittenAtMostOnceAMinute() throws Exception {
		String secret = make(holder, "毎分");
		bearer("GET", "/api/v1/me", secret, null);
		Timestamp first = lastUse();
		for (int i = 0; i < 5; i++) {
			assertThat(bearer("GET", "/api/v1/me", secret, null).statusCode()).isEqualTo(200);
		}
		assertThat(lastUse()).as("five more calls within the minute write nothing").isEqualTo(first);

		Timestamp twoMinutesAgo = Timestamp.from(Instant.now().minus(2, ChronoUnit.MINUTES));
		jdbc.update("update identity_api_token set last_used_at = ? where user_id = ?", twoMinutesAgo, holder);
		bearer("GET", "/api/v1/me", secret, null);
		assertThat(lastUse()).as("a use after more than a minute is written").isAfter(twoMinutesAgo);
		assertThat(audited("api-token.first-use", holder)).isEqualTo(1);
	}

	@Test
	void theHoldersOwnRightsApplyAndNeverMore() throws Exception {
		String secret = make(holder, "権限");
		HttpResponse<String> administration = bearer("GET", "/api/v1/admin/users", secret, null);
		assertThat(administration.statusCode()).isEqualTo(403);
		assertThat(administration.body()).contains("管理");

		assertThat(bearer("GET", "/api/v1/me/unread-posts", secret, null).statusCode()).isEqualTo(200);
		api.rights(holder, Feature.BOARD, AccessLevel.NONE);
		HttpResponse<String> board = bearer("GET", "/api/v1/me/unread-posts", secret, null);
		assertThat(board.statusCode()).as("a right taken away applies to the next token request").isEqualTo(403);
		assertThat(board.body()).contains("掲示板");
	}

	@Test
	void wrongRevokedExpiredTokensAndDisabledHoldersAreRefusedInJapanese() throws Exception {
		HttpResponse<String> unknown = bearer("GET", "/api/v1/me", "kyoyu_" + "A".repeat(43), null);
		assertThat(unknown.statusCode()).isEqualTo(401);
		assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(unknown.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
		assertThat(unknown.body()).contains("APIトークンが正しくありません");
		assertThat(bearer("GET", "/api/v1/me", "not-a-token", null).statusCode()).isEqualTo(401);
		assertThat(bearer("GET", "/engine-rest/filter", "kyoyu_" + "B".repeat(43), null).statusCode())
			.as("engine REST refuses a wrong token as well").isEqualTo(401);

		String revoked = make(holder, "取り消すもの");
		long revokedId = idOf(holder, "取り消すもの");
		assertThat(api.send("DELETE", "/api/v1/me/api-tokens/" + revokedId, holder, null).statusCode()).isEqualTo(204);
		HttpResponse<String> afterRevoke = bearer("GET", "/api/v1/me", revoked, null);
		assertThat(afterRevoke.statusCode()).isEqualTo(401);
		assertThat(afterRevoke.body()).contains("取り消されています");
		assertThat(api.get("/api/v1/me/api-tokens", holder).body()).doesNotContain("取り消すもの");

		String expired = make(holder, "期限切れ");
		jdbc.update("update identity_api_token set expires_at = ? where id = ?",
				Timestamp.from(Instant.now().minusSeconds(5)), idOf(holder, "期限切れ"));
		HttpResponse<String> afterExpiry = bearer("GET", "/api/v1/me", expired, null);
		assertThat(afterExpiry.statusCode()).isEqualTo(401);
		assertThat(afterExpiry.body()).contains("有効期限", "切れています");
		assertThat(api.get("/api/v1/me/api-tokens", holder).body()).contains("\"expired\":true");

		String working = make(holder, "無効化の前");
		assertThat(bearer("GET", "/api/v1/me", working, null).statusCode()).isEqualTo(200);
		assertThat(api.send("PUT", "/api/v1/admin/users/" + holder, "admin", Map.of("enabled", false)).statusCode())
			.isEqualTo(200);
		HttpResponse<String> disabled = bearer("GET", "/api/v1/me", working, null);
		assertThat(disabled.statusCode()).isEqualTo(401);
		assertThat(disabled.body()).contains("無効になっています");
		assertThat(bearer("GET", "/engine-rest/filter", working, null).statusCode()).isEqualTo(401);

		assertThat(audited("api-token.refused", holder)).as("revoked, expired, disabled twice").isEqualTo(4);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'api-token.refused'"
				+ " and detail like '%登録されていない%'", Integer.class)).isGreaterThanOrEqualTo(3);
	}

	@Test
	void anotherUsersTokenAndTheAdministrationPathAreOutOfReach() throws Exception {
		String other = api.user("tok", "AGENCY");
		String secret = make(holder, "他人から守る");
		long id = idOf(holder, "他人から守る");
		HttpResponse<String> foreign = api.send("DELETE", "/api/v1/me/api-tokens/" + id, other, null);
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(foreign.body()).contains("見つかりません");
		assertThat(bearer("GET", "/api/v1/me", secret, null).statusCode()).as("still works").isEqualTo(200);

		for (String method : new String[] { "GET", "POST" }) {
			HttpResponse<String> refused = api.send(method, "/api/v1/admin/users/" + holder + "/api-tokens", other,
					Map.of("name", "横取り"));
			assertThat(refused.statusCode()).as(method).isEqualTo(403);
		}
		assertThat(api.send("DELETE", "/api/v1/admin/users/" + holder + "/api-tokens/" + id, other, null).statusCode())
			.isEqualTo(403);
		assertThat(bearer("GET", "/api/v1/me", secret, null).statusCode()).isEqualTo(200);
	}

	@Test
	void anAdministratorMakesAndRevokesAServiceAccountsToken() throws Exception {
		String service = api.user("svc", "AGENCY");
		HttpResponse<String> made = api.send("POST", "/api/v1/admin/users/" + service + "/api-tokens", "admin",
				Map.of("name", "ASP連携"));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		JsonNode token = api.json.readTree(made.body());
		assertThat(token.get("createdBy").asText()).isEqualTo("admin");
		assertThat(Instant.parse(token.get("expiresAt").asText())).as("the default validity, 90 days")
			.isBetween(Instant.now().plus(89, ChronoUnit.DAYS), Instant.now().plus(91, ChronoUnit.DAYS));
		String secret = token.get("token").asText();
		HttpResponse<String> me = bearer("GET", "/api/v1/me", secret, null);
		assertThat(api.json.readTree(me.body()).get("userId").asText()).as("acts as the service account")
			.isEqualTo(service);
		assertThat(bearer("GET", "/api/v1/admin/users", secret, null).statusCode())
			.as("the service account's rights, not the administrator's").isEqualTo(403);
		assertThat(camundaMayOpen("cockpit", secret)).as("Camunda sees the agency-side service account").isTrue();
		assertThat(camundaMayOpen("admin", secret)).as("and not the administrator").isFalse();
		assertThat(api.get("/api/v1/admin/users/" + service + "/api-tokens", "admin").body()).contains("ASP連携");
		assertThat(api.send("POST", "/api/v1/admin/users/nobody-here/api-tokens", "admin", Map.of("name", "x"))
			.statusCode()).isEqualTo(404);

		assertThat(api.send("DELETE", "/api/v1/admin/users/" + service + "/api-tokens/" + token.get("id").asLong(),
				"admin", null).statusCode()).isEqualTo(204);
		assertThat(bearer("GET", "/api/v1/me", secret, null).statusCode()).isEqualTo(401);
		assertThat(jdbc.queryForObject("select actor from audit_entry where action = 'api-token.revoked' and target = ?",
				String.class, service)).isEqualTo("admin");
	}

	@Test
	void badInputAndATokenMakingATokenAreRefused() throws Exception {
		HttpResponse<String> tooLong = api.send("POST", "/api/v1/me/api-tokens", holder,
				Map.of("name", "長すぎる", "validDays", 366));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("1日から365日まで");
		HttpResponse<String> none = api.send("POST", "/api/v1/me/api-tokens", holder, Map.of("validDays", 0));
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(none.body()).contains("トークンの名前を入力してください", "1日から365日まで");
		assertThat(api.send("POST", "/api/v1/me/api-tokens", holder, Map.of("name", "制御\u0007文字")).statusCode())
			.isEqualTo(400);
		assertThat(api.get("/api/v1/me/api-tokens", holder).body()).isEqualTo("[]");

		String secret = make(holder, "親");
		HttpResponse<String> heir = bearer("POST", "/api/v1/me/api-tokens", secret, "{\"name\":\"子\"}");
		assertThat(heir.statusCode()).isEqualTo(403);
		assertThat(heir.body()).contains("APIトークンでの認証では新しいAPIトークンを作成できません");
		assertThat(bearer("GET", "/api/v1/me/api-tokens", secret, null).body()).contains("親").doesNotContain("子");
	}

	@Test
	void theAccountPageMakesATokenShowsItOnceAndRevokesIt() throws Exception {
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login(holder, RightsFixture.PASSWORD);
		assertThat(browser.get("/account").body()).contains("APIトークン", "APIトークンはありません。");

		HttpResponse<String> refused = browser.submit("/account", "/account/api-tokens", "name=&validDays=400");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("トークンの名前を入力してください", "1日から365日まで");

		HttpResponse<String> made = browser.submit("/account", "/account/api-tokens",
				"name=" + URLEncoder.encode("帳票の取り込み", StandardCharsets.UTF_8) + "&validDays=");
		assertThat(made.statusCode()).isEqualTo(200);
		assertThat(made.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		Matcher shown = SECRET.matcher(made.body());
		assertThat(shown.find()).as("the new token is on the page").isTrue();
		String secret = shown.group();
		assertThat(made.body()).contains("今だけ表示します", "帳票の取り込み");
		assertThat(bearer("GET", "/api/v1/me", secret, null).statusCode()).isEqualTo(200);

		String later = browser.get("/account").body();
		assertThat(later).contains("帳票の取り込み").doesNotContain(secret);
		assertThat(SECRET.matcher(later).find()).as("shown once, never again").isFalse();

		long id = idOf(holder, "帳票の取り込み");
		HttpResponse<String> revoked = browser.submit("/account", "/account/api-tokens/" + id + "/revoke", "x=1");
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(browser.get("/account").body()).contains("APIトークン「帳票の取り込み」を取り消しました。");
		assertThat(bearer("GET", "/api/v1/me", secret, null).statusCode()).isEqualTo(401);
	}

	@Test
	void anAdministratorMakesAServiceAccountsTokenOnTheUsersPage() throws Exception {
		String service = api.user("svc", "CONTRACTOR");
		BrowserlessClient admin = new BrowserlessClient(port);
		admin.login("admin", RightsFixture.PASSWORD);
		String page = "/admin/users/" + service;
		assertThat(admin.get(page).body()).contains("APIトークン", "APIトークンはありません。");

		HttpResponse<String> refused = admin.submit(page, page + "/api-tokens", "name=&validDays=0");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("トークンの名前を入力してください", "1日から365日まで");

		HttpResponse<String> made = admin.submit(page, page + "/api-tokens",
				"name=" + URLEncoder.encode("ASP連携（画面）", StandardCharsets.UTF_8) + "&validDays=7");
		assertThat(made.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		Matcher shown = SECRET.matcher(made.body());
		assertThat(shown.find()).isTrue();
		String secret = shown.group();
		HttpResponse<String> me = bearer("GET", "/api/v1/me", secret, null);
		assertThat(api.json.readTree(me.body()).get("userId").asText()).isEqualTo(service);
		assertThat(SECRET.matcher(admin.get(page).body()).find()).as("shown once").isFalse();

		BrowserlessClient user = new BrowserlessClient(port);
		user.login(holder, RightsFixture.PASSWORD);
		assertThat(user.submit("/account", page + "/api-tokens", "name=x").statusCode())
			.as("the user page's form is administration's").isEqualTo(403);

		long id = idOf(service, "ASP連携（画面）");
		assertThat(admin.submit(page, page + "/api-tokens/" + id + "/revoke", "x=1").statusCode()).isEqualTo(302);
		assertThat(admin.get(page).body()).contains("APIトークン「ASP連携（画面）」を取り消しました。");
		assertThat(bearer("GET", "/api/v1/me", secret, null).statusCode()).isEqualTo(401);
	}

	private String make(String userId, String name) throws Exception {
		HttpResponse<String> made = api.send("POST", "/api/v1/me/api-tokens", userId, Map.of("name", name));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		return api.json.readTree(made.body()).get("token").asText();
	}

	private long idOf(String userId, String name) {
		return jdbc.queryForObject("select id from identity_api_token where user_id = ? and name = ?", Long.class,
				userId, name);
	}

	/** Camunda's own answer whether the engine REST caller may open a webapp (its authorization check). */
	private boolean camundaMayOpen(String webapp, String secret) throws Exception {
		HttpResponse<String> check = bearer("GET", "/engine-rest/authorization/check?permissionName=ACCESS"
				+ "&resourceName=application&resourceType=0&resourceId=" + webapp, secret, null);
		assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
		return api.json.readTree(check.body()).get("authorized").asBoolean();
	}

	private Timestamp lastUse() {
		return jdbc.queryForObject("select last_used_at from identity_api_token where user_id = ?", Timestamp.class,
				holder);
	}

	private int audited(String action, String target) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and target = ?", Integer.class,
				action, target);
	}

	private HttpResponse<String> bearer(String method, String path, String token, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.url(path)))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
