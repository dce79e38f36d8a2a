package jp.kyoyu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import javax.net.ssl.SSLSession;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.EngineRestAnswers;
import jp.kyoyu.support.KyoyuNode;

/**
 * A request that cannot get a database connection in time is told so in Japanese with a 503 and a Retry-After, not a
 * 500 (issue #21, the connection pool chosen against the threads: docs/performance.md). A node of its own (a child JVM,
 * the shipped configuration on PostgreSQL) with a pool of four connections and a 5 s wait: a transaction of this test
 * locks the session table, four requests of a logged-in user then wait on the lock holding all the connections,
 * and the next requests find none. Once the lock is gone the waiting requests finish and the node answers again.
 *
 * <p>Camunda's surfaces answer the same 503 as Kyoyu's engine REST problem ({@link EngineRestAnswers}): a call of a
 * logged-in session (the session cannot be read), an HTTP Basic login (its password cannot be checked: not a 401, the
 * password may be right, and no failed login is counted), and a call that got past the login before the shortage and
 * finds no connection inside Camunda's REST resource (Camunda's own answer would be its 500 with the engine's text).
 * That last call is an engine REST task query over HTTP Basic whose body is held back until the pool is taken: Jersey
 * reads the body before the resource runs the query, the login and Kyoyu's guards in front of it ran already.
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

	/** A script: HTTP Basic on every call, no cookies, so no session to read. */
	private final HttpClient script = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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
				// as the superuser, outside the node's pool: on Kyoyu's database and the server's activity
				JdbcTemplate watcher = new JdbcTemplate(server.getDatabase("postgres", "kyoyu"));

				// one wrong password first, so that the held call's login shows: it clears the count
				assertThat(basic("/engine-rest/task/count", "kantoku", "wrong", node).statusCode()).isEqualTo(401);
				assertThat(failedLogins(watcher)).isEqualTo(1);
				HeldCall held = new HeldCall(node, "/engine-rest/task", basicAuth("kantoku", PASSWORD));
				Awaitility.await("the held call logged in").atMost(Duration.ofSeconds(60))
					.until(() -> failedLogins(watcher) == 0);
				// and went on through the guards and Camunda's login to Jersey, which waits for the body
				Awaitility.await("no statement of the node running").atMost(Duration.ofSeconds(60))
					.during(Duration.ofSeconds(2))
					.until(() -> watcher.queryForObject("select count(*) from pg_stat_activity where usename = 'kyoyu' "
							+ "and state <> 'idle'", Integer.class) == 0);
				assertThat(held.answered()).as("the held call waits for its body").isFalse();

				locker.setAutoCommit(false);
				try (Statement lock = locker.createStatement()) {
					lock.execute("lock table spring_session in access exclusive mode");
				}
				List<CompletableFuture<HttpResponse<String>>> waiting = java.util.stream.IntStream.range(0, POOL)
					.mapToObj(i -> getLater(node))
					.toList();
				Awaitility.await("every pooled connection waiting on the lock").atMost(Duration.ofSeconds(60))
					.until(() -> watcher.queryForObject("select count(*) from pg_stat_activity where usename = 'kyoyu' "
							+ "and wait_event_type = 'Lock'", Integer.class) == POOL);

				HttpResponse<String> api = get(node, "/api/v1/me", "application/json");
				assertThat(api.statusCode()).as(node.logTail()).isEqualTo(503);
				assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
				assertThat(api.headers().firstValue("Content-Type")).as("the API's problem, as its description says")
					.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
				assertThat(api.body()).contains("\"status\":503", "ただいまアクセスが集中しているため、処理できませんでした");

				HttpResponse<String> page = get(node, "/", "text/html,application/xhtml+xml,*/*;q=0.8");
				assertThat(page.statusCode()).isEqualTo(503);
				assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
						type -> assertThat(type).startsWith("text/html"));
				assertThat(page.body()).contains("ただいま混み合っています", "少し時間をおいてから、もう一度お試しください");

				HttpResponse<String> engineCall = get(node, "/engine-rest/task", "application/json");
				assertThat(EngineRestAnswers.assertKyoyuProblem(engineCall, 503))
					.contains("ただいまアクセスが集中しているため、処理できませんでした");
				assertThat(engineCall.headers().firstValue("Retry-After")).hasValue("10");
				HttpResponse<String> webappCall = get(node, "/camunda/api/engine/engine/default/task/count",
						"application/json");
				EngineRestAnswers.assertKyoyuProblem(webappCall, 503);
				assertThat(webappCall.headers().firstValue("Retry-After")).hasValue("10");

				HttpResponse<String> basicLogin = basic("/engine-rest/task", "kantoku", PASSWORD, node);
				assertThat(EngineRestAnswers.assertKyoyuProblem(basicLogin, 503)).as("not a 401: the password is right")
					.contains("ただいまアクセスが集中しているため、処理できませんでした");
				assertThat(basicLogin.headers().firstValue("Retry-After")).hasValue("10");
				assertThat(basicLogin.headers().firstValue("WWW-Authenticate")).as("no new login asked for").isEmpty();

				HttpResponse<String> inCamunda = held.finish();
				assertThat(EngineRestAnswers.assertKyoyuProblem(inCamunda, 503))
					.contains("ただいまアクセスが集中しているため、処理できませんでした");
				assertThat(inCamunda.headers().firstValue("Retry-After")).hasValue("10");

				locker.rollback();
				for (CompletableFuture<HttpResponse<String>> request : waiting) {
					assertThat(request.get().statusCode()).as("a request that waited on the lock, not the pool")
						.isEqualTo(200);
				}
				assertThat(get(node, "/api/v1/me", "application/json").statusCode()).as("the node answers again")
					.isEqualTo(200);
				assertThat(node.logTail()).contains("Answered 503, no database connection in time");
				assertThat(failedLogins(watcher)).as("the Basic login that could not be checked is no failure")
					.isZero();
				assertThat(basic("/engine-rest/task/count", "kantoku", PASSWORD, node).statusCode())
					.as("the script goes on").isEqualTo(200);
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

	private HttpResponse<String> basic(String path, String userId, String password, KyoyuNode node) throws Exception {
		return script.send(HttpRequest.newBuilder(URI.create(node.url(path)))
			.header("Authorization", basicAuth(userId, password))
			.header("Accept", "application/json")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basicAuth(String userId, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static int failedLogins(JdbcTemplate watcher) {
		return watcher.queryForObject("select coalesce(max(failures), 0) from identity_login_attempt "
				+ "where user_id = 'kantoku'", Integer.class);
	}

	/**
	 * A task query over HTTP Basic written by hand on a socket: the headers and the first byte of its JSON body
	 * {@code {}} go at once, the last byte only in {@link #finish()}. Meanwhile the call is past everything in front of
	 * Camunda's resource and waits, holding no connection. (Java's HttpClient, given a body whose source blocked,
	 * did not get the call to the node at all.)
	 */
	private static final class HeldCall {

		private final Socket socket;

		private final URI uri;

		HeldCall(KyoyuNode node, String path, String authorization) throws IOException {
			this.uri = URI.create(node.url(path));
			this.socket = new Socket("127.0.0.1", node.port());
			socket.setSoTimeout(120_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + node.port() + "\r\nAuthorization: "
					+ authorization + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
					+ "Content-Length: 2\r\nConnection: close\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}

		boolean answered() throws IOException {
			return socket.getInputStream().available() > 0;
		}

		/** Sends the rest of the body and reads the answer (Connection: close, so up to the end of the stream). */
		HttpResponse<String> finish() throws IOException {
			socket.getOutputStream().write('}');
			socket.getOutputStream().flush();
			String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			socket.close();
			String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
			String body = raw.substring(head.length() + 4);
			String[] lines = head.split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.computeIfAbsent(lines[i].substring(0, colon).strip(), name -> new ArrayList<>())
					.add(lines[i].substring(colon + 1).strip());
			}
			HttpRequest request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
			return new HttpResponse<>() {

				@Override
				public int statusCode() {
					return status;
				}

				@Override
				public HttpRequest request() {
					return request;
				}

				@Override
				public Optional<HttpResponse<String>> previousResponse() {
					return Optional.empty();
				}

				@Override
				public HttpHeaders headers() {
					return HttpHeaders.of(headers, (name, value) -> true);
				}

				@Override
				public String body() {
					return body;
				}

				@Override
				public Optional<SSLSession> sslSession() {
					return Optional.empty();
				}

				@Override
				public URI uri() {
					return uri;
				}

				@Override
				public HttpClient.Version version() {
					return HttpClient.Version.HTTP_1_1;
				}
			};
		}
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
