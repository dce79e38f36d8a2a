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
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.KyoyuNode;
import jp.kyoyu.support.ProjectFixtures;

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
					sharedWork(a, b);
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

	/**
	 * Work that spans both nodes (issue #18): a resumable upload whose chunks alternate between A and B (20 MB in
	 * 4 MB chunks, modest to keep the build short; the mechanism does not depend on the size), registered on B and
	 * downloaded from A whole; a board post made on A is unread for its reader on B, and marked read on B it is read
	 * on A at once.
	 */
	private void sharedWork(KyoyuNode a, KyoyuNode b) throws Exception {
		JsonApi onA = new JsonApi(a.port()) {
		};
		JsonApi onB = new JsonApi(b.port()) {
		};
		long project = new ProjectFixtures(onA).service("二台構成")
			.member("kantoku", "SUPERVISOR")
			.member("gyomu", "MANAGING_ENGINEER")
			.create();

		int size = 20 * 1024 * 1024 + 321;
		int chunk = 4 * 1024 * 1024;
		byte[] content = new byte[size];
		new Random(18).nextBytes(content);
		JsonNode created = onA.read(onA.send("POST", "/api/v1/projects/" + project + "/uploads", "gyomu",
				Map.of("name", "二台に分けて送る.bin", "size", size, "contentType", "application/octet-stream")));
		String upload = "/api/v1/uploads/" + created.get("id").asText();
		long offset = 0;
		int turn = 0;
		while (offset < size) {
			KyoyuNode node = turn++ % 2 == 0 ? b : a;
			int length = (int) Math.min(chunk, size - offset);
			HttpResponse<String> sent = onA.http.send(BrowserlessClient.basic(node.url(upload), "gyomu", PASSWORD)
				.header("Upload-Offset", String.valueOf(offset))
				.header("Content-Type", "application/offset+octet-stream")
				.method("PATCH", HttpRequest.BodyPublishers.ofByteArray(content, (int) offset, length))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(sent.statusCode()).as(node.url(upload) + ": " + sent.body()).isEqualTo(200);
			offset = Long.parseLong(sent.headers().firstValue("Upload-Offset").orElseThrow());
			assertThat(onA.read(onA.get(upload, "gyomu")).get("offset").asLong())
				.as("the other node reports the same offset").isEqualTo(offset);
		}
		JsonNode finished = onA.read(onA.send("POST", upload + "/finish", "gyomu", null));
		assertThat(finished.get("sha256").asText()).isEqualTo(sha256(content));
		long folder = folderId(onB, project, "その他");
		JsonNode document = onB.read(onB.multipart("/api/v1/folders/" + folder + "/documents", "gyomu",
				Map.of("category", "貸与資料", "date", "2026-07-01", "uploadIds", created.get("id").asText()), Map.of()));
		JsonNode file = document.get("files").get(0);
		HttpResponse<byte[]> back = onA.bytes("/api/v1/documents/" + document.get("id").asLong() + "/files/"
				+ file.get("id").asLong(), "kantoku");
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(sha256(back.body())).as("the file assembled from both nodes' chunks").isEqualTo(sha256(content));

		String title = "二台構成のお知らせ " + ProjectFixtures.unique();
		Map<String, Object> post = new LinkedHashMap<>();
		post.put("title", title);
		post.put("body", title + " の本文です。");
		post.put("visibleTo", Map.of("users", List.of("kantoku"), "groups", List.of()));
		HttpResponse<String> posted = onA.send("POST", "/api/v1/projects/" + project + "/posts", "sokatsu", post);
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
		assertThat(onB.get("/api/v1/me/unread-posts", "kantoku").body()).as("unread on the other node at once")
			.contains(title);
		assertThat(onB.send("POST", "/api/v1/me/unread-posts/mark-read", "kantoku", null).statusCode()).isEqualTo(200);
		assertThat(onA.get("/api/v1/me/unread-posts", "kantoku").body()).as("read on the first node at once")
			.doesNotContain(title);

		raceAcrossNodes(onA, onB);
	}

	/**
	 * The race of {@code ProposalConcurrencyIntegrationTests} with its two clients on different nodes: two edits
	 * from the same read (same ETag), one sent to A and one to B at the same moment, are exactly one winner and one
	 * 412, every round, and the stored proposal holds the winner's change only.
	 */
	private void raceAcrossNodes(JsonApi onA, JsonApi onB) throws Exception {
		long works = new ProjectFixtures(onA).works("二台同時編集").contractorName("株式会社二台建設")
			.member("genba", "SITE_AGENT")
			.create();
		String path = "/api/v1/proposals/" + onB.read(onB.send("POST", "/api/v1/projects/" + works + "/proposals",
				"genba", Map.of("type", "worksMeetingRecord", "title", "二台で同時編集"))).get("id").asLong();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				String etag = onB.get(path, "genba").headers().firstValue("ETag").orElseThrow();
				String title = "件名" + round;
				String content = "内容" + round;
				CountDownLatch gate = new CountDownLatch(1);
				Future<HttpResponse<String>> onNodeA = pool.submit(() -> {
					gate.await();
					return put(onA, path, etag, "{\"title\":\"" + title + "\"}");
				});
				Future<HttpResponse<String>> onNodeB = pool.submit(() -> {
					gate.await();
					return put(onB, path, etag, "{\"fields\":{\"content\":\"" + content + "\"}}");
				});
				gate.countDown();
				int titleStatus = onNodeA.get(60, TimeUnit.SECONDS).statusCode();
				int contentStatus = onNodeB.get(60, TimeUnit.SECONDS).statusCode();
				JsonNode stored = onA.read(onA.get(path, "genba"));
				String outcome = "round " + round + ": " + titleStatus + "/" + contentStatus + " " + stored;
				assertThat(List.of(titleStatus, contentStatus)).as(outcome).containsExactlyInAnyOrder(200, 412);
				assertThat(stored.get("title").asText().equals(title)).as(outcome).isEqualTo(titleStatus == 200);
				assertThat(content.equals(stored.get("fields").path("content").asText())).as(outcome)
					.isEqualTo(contentStatus == 200);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static HttpResponse<String> put(JsonApi api, String path, String ifMatch, String body) throws Exception {
		return api.http.send(BrowserlessClient.basic(api.url(path), "genba", PASSWORD)
			.header("Content-Type", "application/json")
			.header("If-Match", ifMatch)
			.PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static long folderId(JsonApi api, long project, String name) throws Exception {
		for (JsonNode node : api.read(api.get("/api/v1/projects/" + project + "/folders", "sokatsu"))) {
			if (node.get("name").asText().equals(name)) {
				return node.get("id").asLong();
			}
		}
		throw new AssertionError("no folder " + name);
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
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
