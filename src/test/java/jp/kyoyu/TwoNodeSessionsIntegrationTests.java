package jp.kyoyu;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.KyoyuNode;

/**
 * Two Kyoyu nodes on one PostgreSQL with no sticky sessions (issue #18): a login on node A holds on node B, for the
 * portal and for Camunda's webapps; an administrator's password reset made through A ends the session wherever it
 * is next used; a logout on B ends it on A. Each request of the browser below goes to whichever node the test
 * names, as a round-robin load balancer would send it; the cookie is the same for both (same host).
 *
 * <p>Separate JVMs (the shipped configuration, {@code postgres} profile) on the schema an operator prepares
 * (Camunda's scripts first, docs/operations.md), sharing the data directory as nodes share a mount.
 */
class TwoNodeSessionsIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	@TempDir
	Path dataDir;

	private final HttpClient browser = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager())
		.build();

	@Test
	void aLoginHoldsOnEitherNodeAndEndsOnBoth() throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			JdbcTemplate superuser = new JdbcTemplate(server.getPostgresDatabase());
			superuser.execute("create role kyoyu login password 'kyoyu-test'");
			superuser.execute("create database kyoyu owner kyoyu encoding 'UTF8'");
			String url = server.getJdbcUrl("kyoyu", "kyoyu");
			PostgresIntegrationTests.createCamundaSchema(url);
			List<String> shared = List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
					"--spring.datasource.username=kyoyu", "--spring.datasource.password=kyoyu-test",
					"--kyoyu.data-dir=" + dataDir, "--kyoyu.demo.enabled=true", "--kyoyu.storage.cleanup-cron=-");
			// One after the other: the first creates the demo data, the second finds it (as in a rolling start).
			try (KyoyuNode a = KyoyuNode.start(dataDir, "node-a", KyoyuNode.freePort(), shared);
					KyoyuNode b = KyoyuNode.start(dataDir, "node-b", KyoyuNode.freePort(), shared)) {
				withLogs(a, b, () -> {
					journey(a, b);
					return null;
				});
			}
		}
	}

	private void journey(KyoyuNode a, KyoyuNode b) throws Exception {
		logIn(a, "kantoku", PASSWORD);

		HttpResponse<String> home = get(b, "/");
		assertThat(home.statusCode()).as("the portal on the other node knows the login").isEqualTo(200);
		assertThat(home.body()).contains("高橋 監子");

		// Tasklist opened on A logs the user into Camunda's webapps, which keep that in the session: B must know it.
		assertThat(get(a, "/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		HttpResponse<String> camundaUser = get(b, "/camunda/api/admin/auth/user/default");
		assertThat(camundaUser.statusCode()).as("Camunda's webapps on the other node too").isEqualTo(200);
		assertThat(camundaUser.body()).contains("\"userId\":\"kantoku\"");
		assertThat(get(b, "/camunda/api/engine/engine/default/task/count").statusCode())
			.as("Tasklist's own calls").isEqualTo(200);

		// The administrator's own client: a request carrying kantoku's session cookie would be checked for CSRF.
		HttpClient administrator = HttpClient.newHttpClient();
		HttpResponse<String> reset = administrator.send(
				BrowserlessClient.basic(a.url("/api/v1/admin/users/kantoku/password"), "admin", PASSWORD)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"password\":\"Reset#Node2026x\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(reset.statusCode()).as(reset.body()).isEqualTo(204);
		HttpResponse<String> afterReset = get(b, "/");
		assertThat(afterReset.statusCode()).as("a reset made on A ends the session used on B").isEqualTo(302);
		assertThat(afterReset.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).contains("/login?expired"));

		logIn(b, "kantoku", "Reset#Node2026x");
		assertThat(get(a, "/").statusCode()).isEqualTo(200);
		String token = BrowserlessClient.csrfToken(get(a, "/").body());
		HttpResponse<String> logout = post(b, "/logout", "_csrf=" + encode(token));
		assertThat(logout.statusCode()).isEqualTo(302);
		HttpResponse<String> afterLogout = get(a, "/");
		assertThat(afterLogout.statusCode()).as("a logout on B ends the session on A").isEqualTo(302);
		assertThat(afterLogout.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).contains("/login"));
	}

	private void logIn(KyoyuNode node, String userId, String password) throws Exception {
		String token = BrowserlessClient.csrfToken(get(node, "/login").body());
		HttpResponse<String> login = post(node, "/login",
				"username=" + encode(userId) + "&password=" + encode(password) + "&_csrf=" + encode(token));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));
	}

	private HttpResponse<String> get(KyoyuNode node, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create(node.url(path))).header("Accept", "text/html,*/*").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(KyoyuNode node, String path, String form) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create(node.url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html,*/*")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static void withLogs(KyoyuNode a, KyoyuNode b, Callable<Void> steps) throws Exception {
		try {
			steps.call();
		}
		catch (AssertionError | RuntimeException failure) {
			throw new AssertionError(failure.getMessage() + "\n" + a.logTail() + "\n" + b.logTail(), failure);
		}
	}
}
