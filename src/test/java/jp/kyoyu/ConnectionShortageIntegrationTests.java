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
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.KyoyuNode;

/**
 * A request that cannot get a database connection in time is told so in Japanese with a 503 and a Retry-After, not a
 * 500 (issue #21, the connection pool chosen against the threads: docs/performance.md). A node of its own (a child JVM,
 * the shipped configuration on PostgreSQL) with a pool of four connections and a 5 s wait: a transaction of this test
 * locks the session table, four requests of a logged-in user then wait on the lock holding all the connections,
 * and the next requests find none. Once the lock is gone the waiting requests finish and the node answers again.
 */
class ConnectionShortageIntegrationTests {

	private static final String PASSWORD = "Kyoyu#Demo2026";

	private static final int POOL = 4;

	@TempDir
	Path dataDir;

	private final HttpClient browser = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager())
		.build();

	@Test
	void aRequestWithoutAConnectionIsAnswered503InJapanese() throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			JdbcTemplate superuser = new JdbcTemplate(server.getPostgresDatabase());
			superuser.execute("create role kyoyu login password 'kyoyu-test'");
			superuser.execute("create database kyoyu owner kyoyu encoding 'UTF8'");
			String url = server.getJdbcUrl("kyoyu", "kyoyu");
			PostgresIntegrationTests.createCamundaSchema(url);
			List<String> arguments = List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
					"--spring.datasource.username=kyoyu", "--spring.datasource.password=kyoyu-test",
					"--kyoyu.data-dir=" + dataDir, "--kyoyu.demo.enabled=true",
					// four connections waiting 5 s: enough for the start (demo data, its after-commit work on the one
					// after-commit thread, nested transactions), few enough for the test to hold them all
					"--spring.datasource.hikari.maximum-pool-size=" + POOL,
					"--spring.datasource.hikari.connection-timeout=5000", "--kyoyu.async.threads=1",
					// nothing in the background may take one of the four connections while the test counts them
					"--camunda.bpm.job-execution.enabled=false", "--spring.session.jdbc.cleanup-cron=-",
					"--kyoyu.notification.retry-interval=0", "--kyoyu.storage.cleanup-cron=-",
					"--kyoyu.storage.migration-cron=-", "--kyoyu.audit.seal-cron=-", "--kyoyu.erasure.sweep-cron=-");
			try (KyoyuNode node = KyoyuNode.start(dataDir, "tiny-pool", KyoyuNode.freePort(), arguments);
					Connection locker = server.getDatabase("postgres", "kyoyu").getConnection()) {
				logIn(node, "kantoku");
				assertThat(get(node, "/api/v1/me", "application/json").statusCode()).isEqualTo(200);

				locker.setAutoCommit(false);
				try (Statement lock = locker.createStatement()) {
					lock.execute("lock table spring_session in access exclusive mode");
				}
				List<CompletableFuture<HttpResponse<String>>> waiting = java.util.stream.IntStream.range(0, POOL)
					.mapToObj(i -> getLater(node))
					.toList();
				JdbcTemplate watcher = new JdbcTemplate(server.getPostgresDatabase());
				Awaitility.await("every pooled connection waiting on the lock").atMost(Duration.ofSeconds(60))
					.until(() -> watcher.queryForObject("select count(*) from pg_stat_activity where usename = 'kyoyu' "
							+ "and wait_event_type = 'Lock'", Integer.class) == POOL);

				HttpResponse<String> api = get(node, "/api/v1/me", "application/json");
				assertThat(api.statusCode()).as(node.logTail()).isEqualTo(503);
				assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
				assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
						type -> assertThat(type).startsWith("application/json"));
				assertThat(api.body()).contains("ただいまアクセスが集中しているため、処理できませんでした");

				HttpResponse<String> page = get(node, "/", "text/html,application/xhtml+xml,*/*;q=0.8");
				assertThat(page.statusCode()).isEqualTo(503);
				assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
						type -> assertThat(type).startsWith("text/html"));
				assertThat(page.body()).contains("ただいま混み合っています", "少し時間をおいてから、もう一度お試しください");

				locker.rollback();
				for (CompletableFuture<HttpResponse<String>> request : waiting) {
					assertThat(request.get().statusCode()).as("a request that waited on the lock, not the pool")
						.isEqualTo(200);
				}
				assertThat(get(node, "/api/v1/me", "application/json").statusCode()).as("the node answers again")
					.isEqualTo(200);
				assertThat(node.logTail()).contains("Answered 503, no database connection in time");
			}
		}
	}

	private void logIn(KyoyuNode node, String userId) throws Exception {
		String token = BrowserlessClient.csrfToken(get(node, "/login", "text/html").body());
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(node.url("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(userId) + "&password=" + encode(PASSWORD)
					+ "&_csrf=" + encode(token)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));
	}

	private CompletableFuture<HttpResponse<String>> getLater(KyoyuNode node) {
		return browser.sendAsync(request(node, "/api/v1/me", "application/json"), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(KyoyuNode node, String path, String accept) throws Exception {
		return browser.send(request(node, path, accept), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest request(KyoyuNode node, String path, String accept) {
		return HttpRequest.newBuilder(URI.create(node.url(path))).header("Accept", accept).GET().build();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
