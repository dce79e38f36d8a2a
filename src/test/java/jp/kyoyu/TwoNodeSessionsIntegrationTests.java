package jp.kyoyu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.awaitility.Awaitility;
import org.gaul.s3proxy.S3Proxy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kyoyu.storage.S3Proxies;
import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.KyoyuNode;
import jp.kyoyu.support.ProjectFixtures;

/**
 * Two Kyoyu nodes on one PostgreSQL and one S3-compatible store with no sticky sessions (issue #18), each request of
 * the journey sent to whichever node the test names, as a round-robin load balancer would send it (the cookie is the
 * same for both: same host). A login on node A holds on node B, for the portal and for Camunda's webapps; files
 * uploaded in parts on both nodes live in the bucket; a proposal submitted on B is approved in Tasklist on A and sent
 * back on B; an absence changed on A is the deputy's at once on B; an export started on A is downloaded from B; an
 * administrator's password reset made through A ends the session wherever it is next used; a logout on B ends it on
 * A. Then A is killed (SIGKILL) while it is sending a notice's mail and writes go to both nodes: B goes on, every
 * write answered before the kill is there, and B's scheduled retry mails the notice exactly once.
 *
 * <p>Separate JVMs (the shipped configuration, {@code postgres} profile) on the schema an operator prepares
 * (Camunda's scripts first, docs/operations.md). Files with {@code kyoyu.storage.kind=s3} in one s3proxy running in
 * this JVM (failsafe's {@code s3-store} execution). Nothing is shared on disk: each node has its own data directory
 * (storage temp area, multipart folder, resumable upload directory, export directory); only the master key file is
 * given to both, as an operator hands every node the same secret. Mail goes to a GreenMail server on the loopback
 * interface.
 */
class TwoNodeSessionsIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	/**
	 * The upload split across the nodes: 20 MB by default to keep the build short; the figure is 200 MB
	 * ({@code -Dkyoyu.test.two-node-upload-mb=200}). The mechanism does not depend on the size (4 MB chunks, 8 MB parts).
	 */
	static final long UPLOAD_BYTES = Long.getLong("kyoyu.test.two-node-upload-mb", 20) * 1024 * 1024 + 321;

	static final String BUCKET = "kyoyu-two-nodes";

	static final String WORKS = "中部地区 用排水路改修工事（その1）";

	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	@TempDir
	Path dataDir;

	@TempDir
	Path nodeLocal;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient browser = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(cookies)
		.build();

	private final HttpClient plain = HttpClient.newHttpClient();

	private JsonApi onA;

	private JsonApi onB;

	private JdbcTemplate database;

	private int smtpPort;

	private GreenMail smtp;

	/** The project, upload and stored document of the shared work, checked again after the kill. */
	private long project;

	private String uploadSha256;

	private String documentFile;

	private long exportId;

	private String exportSha256;

	@Test
	void aLoginHoldsOnEitherNodeAndEndsOnBoth() throws Exception {
		smtpPort = KyoyuNode.freePort();
		smtp = new GreenMail(smtpSetup());
		smtp.start();
		S3Proxy store = S3Proxies.start(Files.createDirectories(nodeLocal.resolve("s3")));
		// jclouds' filesystem provider: a bucket is a folder below its base directory.
		Path bucket = Files.createDirectories(nodeLocal.resolve("s3").resolve(BUCKET));
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			JdbcTemplate superuser = new JdbcTemplate(server.getPostgresDatabase());
			superuser.execute("create role kyoyu login password 'kyoyu-test'");
			superuser.execute("create database kyoyu owner kyoyu encoding 'UTF8'");
			String url = server.getJdbcUrl("kyoyu", "kyoyu");
			database = new JdbcTemplate(server.getDatabase("kyoyu", "kyoyu"));
			PostgresIntegrationTests.createCamundaSchema(url);
			List<String> shared = List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
					"--spring.datasource.username=kyoyu", "--spring.datasource.password=kyoyu-test",
					"--kyoyu.storage.master-key-file=" + dataDir.resolve("keys").resolve("master-key.json"),
					"--kyoyu.demo.enabled=true", "--kyoyu.storage.cleanup-cron=-",
					"--kyoyu.storage.kind=s3", "--kyoyu.storage.s3.endpoint=http://127.0.0.1:" + store.getPort(),
					"--kyoyu.storage.s3.bucket=" + BUCKET, "--kyoyu.storage.s3.path-style=true",
					"--kyoyu.storage.s3.access-key=" + S3Proxies.ACCESS_KEY,
					"--kyoyu.storage.s3.secret-key=" + S3Proxies.SECRET_KEY,
					"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
					// The retry every 5 s, and a claim of a node that died taken over after 20 s instead of 10 min.
					"--kyoyu.notification.retry-interval=PT5S", "--kyoyu.notification.retry-after=PT5S",
					"--kyoyu.notification.mail-claim-abandoned-after=PT20S");
			// One after the other: the first creates the demo data, the second finds it (as in a rolling start).
			try (KyoyuNode a = KyoyuNode.start(dataDir, "node-a", KyoyuNode.freePort(), own(shared, "node-a"));
					KyoyuNode b = KyoyuNode.start(dataDir, "node-b", KyoyuNode.freePort(), own(shared, "node-b"))) {
				onA = new JsonApi(a.port()) {
				};
				onB = new JsonApi(b.port()) {
				};
				withLogs(a, b, () -> {
					long started = System.nanoTime();
					sharedWork(a, b, bucket);
					approvalAcrossNodes(a, b);
					exportAcrossNodes(bucket);
					journey(a, b);
					aNodeDies(a, b);
					System.out.printf("two-node journey: %d s after both nodes were up%n",
							Duration.ofNanos(System.nanoTime() - started).toSeconds());
					return null;
				});
			}
		}
		finally {
			smtp.stop();
			store.stop();
		}
	}

	/**
	 * A node's own folders: its data directory (resumable uploads, export results, logs), the temp area of the file
	 * store and Tomcat's multipart parts are local to it (issue #18: no shared mount with {@code kind=s3}).
	 */
	private List<String> own(List<String> shared, String node) throws IOException {
		List<String> arguments = new ArrayList<>(shared);
		arguments.add("--kyoyu.data-dir=" + Files.createDirectories(nodeLocal.resolve(node).resolve("data")));
		arguments.add("--kyoyu.storage.directory=" + Files.createDirectories(nodeLocal.resolve(node).resolve("files")));
		arguments.add("--spring.servlet.multipart.location="
				+ Files.createDirectories(nodeLocal.resolve(node).resolve("multipart")));
		return arguments;
	}

	private ServerSetup smtpSetup() {
		return new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
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
	 * Work that spans both nodes (issue #18): a resumable upload whose chunks alternate between A and B (4 MB chunks),
	 * registered on B and downloaded from A whole, its encrypted object in the bucket and no copy on either node; a
	 * board post made on A is unread for its reader on B, and marked read on B it is read on A at once.
	 */
	private void sharedWork(KyoyuNode a, KyoyuNode b, Path bucket) throws Exception {
		project = new ProjectFixtures(onA).service("二台構成")
			.member("kantoku", "SUPERVISOR")
			.member("gyomu", "MANAGING_ENGINEER")
			.create();

		int chunk = 4 * 1024 * 1024;
		JsonNode created = onA.read(onA.send("POST", "/api/v1/projects/" + project + "/uploads", "gyomu",
				Map.of("name", "二台に分けて送る.bin", "size", UPLOAD_BYTES, "contentType", "application/octet-stream")));
		String upload = "/api/v1/uploads/" + created.get("id").asText();
		Random content = new Random(18);
		MessageDigest sent = MessageDigest.getInstance("SHA-256");
		long offset = 0;
		int turn = 0;
		long uploadStarted = System.nanoTime();
		while (offset < UPLOAD_BYTES) {
			KyoyuNode node = turn++ % 2 == 0 ? b : a;
			byte[] bytes = new byte[(int) Math.min(chunk, UPLOAD_BYTES - offset)];
			content.nextBytes(bytes);
			sent.update(bytes);
			HttpResponse<String> answer = plain.send(BrowserlessClient.basic(node.url(upload), "gyomu", PASSWORD)
				.header("Upload-Offset", String.valueOf(offset))
				.header("Content-Type", "application/offset+octet-stream")
				.method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(node.url(upload) + ": " + answer.body()).isEqualTo(200);
			offset = Long.parseLong(answer.headers().firstValue("Upload-Offset").orElseThrow());
			assertThat(onA.read(onA.get(upload, "gyomu")).get("offset").asLong())
				.as("the other node reports the same offset").isEqualTo(offset);
		}
		uploadSha256 = HexFormat.of().formatHex(sent.digest());
		JsonNode finished = onA.read(onA.send("POST", upload + "/finish", "gyomu", null));
		assertThat(finished.get("sha256").asText()).isEqualTo(uploadSha256);
		System.out.printf("two-node upload of %d bytes in %d s%n", UPLOAD_BYTES,
				Duration.ofNanos(System.nanoTime() - uploadStarted).toSeconds());
		long folder = folderId(onB, project, "その他");
		JsonNode document = onB.read(onB.multipart("/api/v1/folders/" + folder + "/documents", "gyomu",
				Map.of("category", "貸与資料", "date", "2026-07-01", "uploadIds", created.get("id").asText()), Map.of()));
		documentFile = "/api/v1/documents/" + document.get("id").asLong() + "/files/"
				+ document.get("files").get(0).get("id").asLong();
		assertThat(sha256(a, documentFile, "kantoku")).as("the file assembled from both nodes' chunks")
			.isEqualTo(uploadSha256);
		assertThat(filesOfAtLeast(bucket, UPLOAD_BYTES)).as("the encrypted object in the bucket")
			.anySatisfy(object -> assertThat(object.toString()).contains("objects/p" + project + "/"));
		assertThat(filesOfAtLeast(nodeLocal.resolve("node-a"), UPLOAD_BYTES)).as("nothing of it left on A").isEmpty();
		assertThat(filesOfAtLeast(nodeLocal.resolve("node-b"), UPLOAD_BYTES)).as("nothing of it left on B").isEmpty();
		for (String node : List.of("node-a", "node-b")) {
			assertThat(filesOfAtLeast(nodeLocal.resolve(node).resolve("data").resolve("uploads"), 0))
				.as("no upload part or chunk on " + node + "'s disk: the chunks went to the bucket").isEmpty();
		}
		assertThat(filesOfAtLeast(bucket.resolve("work").resolve("uploads"), 1))
			.as("the chunk objects are gone from the bucket once finished").isEmpty();

		String title = "二台構成のお知らせ " + ProjectFixtures.unique();
		HttpResponse<String> posted = onA.send("POST", "/api/v1/projects/" + project + "/posts", "sokatsu",
				post(title, List.of()));
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
		assertThat(onB.get("/api/v1/me/unread-posts", "kantoku").body()).as("unread on the other node at once")
			.contains(title);
		assertThat(onB.send("POST", "/api/v1/me/unread-posts/mark-read", "kantoku", null).statusCode()).isEqualTo(200);
		assertThat(onA.get("/api/v1/me/unread-posts", "kantoku").body()).as("read on the first node at once")
			.doesNotContain(title);

		raceAcrossNodes(onA, onB);
	}

	/** A board post for kantoku, mailed to the users in {@code notify}. */
	private static Map<String, Object> post(String title, List<String> notify) {
		Map<String, Object> post = new LinkedHashMap<>();
		post.put("title", title);
		post.put("body", title + " の本文です。");
		post.put("visibleTo", Map.of("users", List.of("kantoku"), "groups", List.of()));
		if (!notify.isEmpty()) {
			post.put("notify", notify);
		}
		return post;
	}

	/**
	 * The approval workflow across the nodes: genba submits a report on B; kantoku approves the first step in
	 * Tasklist on A (Tasklist's own call: the engine's submit-form with the session and Camunda's CSRF token); the
	 * next approver, shunin, has the step on B at once. shunin's absence registered on A offers the step to the deputy
	 * sokatsu on B at once, and deleted on A stops offering it on B at once. shunin sends it back on B; on A it is
	 * sent back, with genba's revision task and the whole record.
	 */
	private void approvalAcrossNodes(KyoyuNode a, KyoyuNode b) throws Exception {
		long works = projectNamed(onB, WORKS);
		String title = "二台で承認 " + ProjectFixtures.unique();
		long id = onB.read(onB.send("POST", "/api/v1/projects/" + works + "/proposals", "genba", Map.of("type",
				"worksMeetingRecord", "title", title, "fields",
				Map.of("matter", "REPORT", "content", "二台構成で回す報告です。")))).get("id").asLong();
		HttpResponse<String> submitted = onB.send("POST", "/api/v1/proposals/" + id + "/submit", "genba", Map.of(
				"route", List.of(Map.of("userId", "kantoku", "role", "APPROVER"),
						Map.of("userId", "shunin", "role", "APPROVER")),
				"requestedAnswerDate", LocalDate.now(JAPAN).plusDays(14).toString(), "importance", "NORMAL",
				"comment", "ご確認をお願いします。"));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

		logIn(a, "kantoku", PASSWORD);
		HttpResponse<String> tasklist = get(a, "/camunda/app/tasklist/default/");
		assertThat(tasklist.statusCode()).isEqualTo(200);
		// Camunda's CSRF token, as Tasklist reads it from the cookie the app's page sets
		String xsrf = tasklist.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
			.map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElseGet(() -> cookie("XSRF-TOKEN"));
		String first = task(onA, "kantoku", id, "APPROVE").orElseThrow(
				() -> new AssertionError("kantoku has no step on A for the proposal submitted on B"));
		HttpResponse<String> approved = browser.send(HttpRequest.newBuilder(URI.create(
				a.url("/camunda/api/engine/engine/default/task/" + first + "/submit-form")))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", xsrf)
			.POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"action\":{\"value\":\"APPROVE\"}}}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(approved.statusCode()).as("approved in Tasklist on A: " + approved.body()).isEqualTo(204);
		assertThat(task(onB, "kantoku", id, "APPROVE")).as("kantoku's step is done on B too").isEmpty();
		String second = task(onB, "shunin", id, "APPROVE").orElseThrow(
				() -> new AssertionError("the next approver does not see the step on B"));
		assertThat(task(onB, "sokatsu", id, "APPROVE")).as("no deputy while shunin is present").isEmpty();

		LocalDate today = LocalDate.now(JAPAN);
		HttpResponse<String> absent = onA.send("PUT", "/api/v1/me/absences", "shunin", List.of(Map.of("from",
				today.minusDays(1).toString(), "to", today.plusDays(2).toString(), "deputyUserId", "sokatsu")));
		assertThat(absent.statusCode()).as(absent.body()).isEqualTo(200);
		assertThat(task(onB, "sokatsu", id, "APPROVE")).as("an absence registered on A offers the step on B at once")
			.hasValue(second);
		HttpResponse<String> back = onA.send("PUT", "/api/v1/me/absences", "shunin", List.of());
		assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
		assertThat(task(onB, "sokatsu", id, "APPROVE"))
			.as("an absence deleted on A is no longer offered to the deputy on B").isEmpty();
		HttpResponse<String> deputyTries = onB.send("POST", "/api/v1/tasks/" + second + "/complete", "sokatsu",
				Map.of("action", "APPROVE"));
		assertThat(deputyTries.statusCode()).as("nor can the former deputy decide it on B").isIn(403, 404);

		HttpResponse<String> sentBack = onB.send("POST", "/api/v1/tasks/" + second + "/complete", "shunin",
				Map.of("action", "SEND_BACK_TO_PROPOSER", "comment", "写真を添えてください。"));
		assertThat(sentBack.statusCode()).as("sent back on B: " + sentBack.body()).isEqualTo(200);
		assertThat(onA.read(onA.get("/api/v1/proposals/" + id, "genba")).get("status").asText()).isEqualTo("SENT_BACK");
		assertThat(task(onA, "genba", id, "REVISE")).as("genba's revision on A").isPresent();
		List<String> actions = new ArrayList<>();
		onA.read(onA.get("/api/v1/proposals/" + id + "/history", "genba"))
			.forEach(entry -> actions.add(entry.get("action").asText()));
		assertThat(actions).containsExactly("SUBMIT", "APPROVE", "SEND_BACK_TO_PROPOSER");
	}

	/**
	 * An export (ZIP) started on A, followed and downloaded on B: the same bytes as from A, holding the file
	 * uploaded across both nodes.
	 */
	private void exportAcrossNodes(Path bucket) throws Exception {
		HttpResponse<String> started = onA.send("POST", "/api/v1/projects/" + project + "/exports", "gyomu",
				Map.of("kind", "ZIP", "folderIds", List.of()));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		exportId = onA.read(started).get("id").asLong();
		JsonNode done = Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
			.until(() -> onB.read(onB.get("/api/v1/exports/" + exportId, "gyomu")),
					status -> !status.get("status").asText().equals("RUNNING"));
		assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("DONE");
		ZipDigest fromB = zipDigest(onB, "/api/v1/exports/" + exportId + "/file", "gyomu");
		assertThat(fromB.entries()).as("the uploaded file in the export downloaded from B")
			.anySatisfy((name, sha) -> assertThat(name + " " + sha).endsWith("二台に分けて送る.bin " + uploadSha256));
		exportSha256 = fromB.sha256();
		assertThat(zipDigest(onA, "/api/v1/exports/" + exportId + "/file", "gyomu").sha256())
			.as("the same bytes from either node").isEqualTo(exportSha256);
		assertThat(bucket.resolve("work").resolve("exports").resolve(String.valueOf(exportId)).resolve("result.zip"))
			.as("the result in the bucket").isRegularFile();
		for (String node : List.of("node-a", "node-b")) {
			assertThat(filesOfAtLeast(nodeLocal.resolve(node).resolve("data").resolve("exports"), 0))
				.as("nothing of the export on " + node + "'s disk").isEmpty();
		}
	}

	/**
	 * kill -9 of node A in the middle of work: A is sending a notice's mail (its SMTP server not answering yet, so
	 * A's claim on the mail is SENDING when it dies) while a writer sends board posts to A and B in turn. B goes on:
	 * every post answered 201 before or after the kill is there; B's scheduled retry (once per cluster: the lock
	 * passes to the survivor) takes the dead node's claim over once it is abandoned and mails the notice exactly once;
	 * the file, the export and the workflow are served by B alone.
	 */
	private void aNodeDies(KyoyuNode a, KyoyuNode b) throws Exception {
		// Every notice of the journey mailed first: the only mail in flight below is the one A dies sending (a retry
		// round stuck on another mail when A dies would hold the round's lock for its upper bound, 30 min).
		Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> database.queryForObject(
				"select count(*) from notification_mail_claim where state = 'SENDING'", Integer.class) == 0);
		for (int wait = 0; wait < 30 && database.queryForObject(
				"select count(*) from event_publication where completion_date is null", Integer.class) > 0; wait++) {
			Thread.sleep(1000); // best effort: a publication of another module may stay incomplete for its own reasons
		}
		smtp.stop();
		List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService writer = Executors.newSingleThreadExecutor();
		try (SilentSmtp silent = new SilentSmtp(smtpPort)) {
			Future<?> writes = writer.submit(() -> {
				for (int i = 0; writing.get(); i++) {
					JsonApi node = i % 2 == 0 ? onA : onB;
					try {
						HttpResponse<String> answer = node.send("POST", "/api/v1/projects/" + project + "/posts",
								"sokatsu", post("停止前後の書き込み " + i + " " + ProjectFixtures.unique(), List.of()));
						if (answer.statusCode() == 201) {
							acknowledged.add(node.read(answer).get("id").asLong());
						}
					}
					catch (Exception nodeGone) {
						// not acknowledged: the client would send it again
					}
					Thread.sleep(100);
				}
				return null;
			});
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 4);

			String notice = "停止直前の通知 " + ProjectFixtures.unique();
			HttpResponse<String> posted = onA.send("POST", "/api/v1/projects/" + project + "/posts", "sokatsu",
					post(notice, List.of("kantoku")));
			assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
			acknowledged.add(onA.read(posted).get("id").asLong());
			Awaitility.await().atMost(Duration.ofSeconds(20)).alias("A claims the notice's mail and waits for SMTP")
				.until(() -> database.queryForObject(
						"select count(*) from notification_mail_claim where state = 'SENDING'", Integer.class) == 1);

			a.kill();
			int beforeKill = acknowledged.size();
			Awaitility.await().atMost(Duration.ofSeconds(60)).alias("B keeps answering writes")
				.until(() -> acknowledged.size() >= beforeKill + 4);
			writing.set(false);
			writes.get(30, TimeUnit.SECONDS);
			silent.close();
			smtp = new GreenMail(smtpSetup());
			smtp.start();

			Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
				.alias("the survivor mails the notice A was sending").until(() -> mails(notice) == 1);
			Awaitility.await().during(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(20))
				.alias("and never a second copy").until(() -> mails(notice) == 1);
			assertThat(database.queryForList("select state from notification_mail_claim where state <> 'SENT'"))
				.as("every claim settled").isEmpty();
		}
		finally {
			writing.set(false);
			writer.shutdownNow();
		}
		assertThat(a.isAlive()).isFalse();
		for (long post : acknowledged) {
			assertThat(onB.get("/api/v1/posts/" + post, "sokatsu").statusCode())
				.as("post " + post + " was answered 201, so it is there").isEqualTo(200);
		}
		assertThat(plain.send(HttpRequest.newBuilder(URI.create(b.url("/actuator/health/readiness"))).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode()).as("B is ready").isEqualTo(200);
		// gyomu, who uploaded it: kantoku's password was reset by the session journey
		assertThat(sha256(b, documentFile, "gyomu")).as("the file, from the bucket through B").isEqualTo(uploadSha256);
		assertThat(zipDigest(onB, "/api/v1/exports/" + exportId + "/file", "gyomu").sha256()).isEqualTo(exportSha256);

		long works = projectNamed(onB, WORKS);
		long id = onB.read(onB.send("POST", "/api/v1/projects/" + works + "/proposals", "genba", Map.of("type",
				"worksMeetingRecord", "title", "一台で続ける " + ProjectFixtures.unique(), "fields",
				Map.of("matter", "REPORT", "content", "残った一台で承認します。")))).get("id").asLong();
		assertThat(onB.send("POST", "/api/v1/proposals/" + id + "/submit", "genba", Map.of("route",
				List.of(Map.of("userId", "shunin", "role", "APPROVER")), "requestedAnswerDate",
				LocalDate.now(JAPAN).plusDays(14).toString(), "importance", "NORMAL", "comment", "お願いします。"))
			.statusCode()).isEqualTo(200);
		String step = task(onB, "shunin", id, "APPROVE").orElseThrow();
		assertThat(onB.send("POST", "/api/v1/tasks/" + step + "/complete", "shunin", Map.of("action", "APPROVE"))
			.statusCode()).isEqualTo(200);
		assertThat(onB.read(onB.get("/api/v1/proposals/" + id, "genba")).get("status").asText())
			.as("the workflow goes on with one node").isEqualTo("APPROVED");
	}

	/** How many mails about {@code title} the SMTP server received. */
	private int mails(String title) throws Exception {
		int count = 0;
		for (MimeMessage mail : smtp.getReceivedMessages()) {
			if (mail.getSubject() != null && mail.getSubject().contains(title)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * An SMTP server that takes connections and never greets: a client waits for its answer (up to
	 * spring.mail's 30 s read timeout), so the node that sends is caught mid-send.
	 */
	private static final class SilentSmtp implements AutoCloseable {

		private final ServerSocket server;

		private final List<Socket> held = Collections.synchronizedList(new ArrayList<>());

		SilentSmtp(int port) throws IOException {
			server = new ServerSocket();
			server.setReuseAddress(true);
			server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			Thread acceptor = new Thread(() -> {
				while (!server.isClosed()) {
					try {
						held.add(server.accept());
					}
					catch (IOException closed) {
						return;
					}
				}
			}, "silent-smtp");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		@Override
		public void close() throws IOException {
			server.close();
			synchronized (held) {
				for (Socket socket : held) {
					socket.close();
				}
			}
		}
	}

	private String cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
			.map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no cookie " + name));
	}

	/** The id of the user's open step of the given kind on the proposal, as the node answers it. */
	private static java.util.Optional<String> task(JsonApi node, String user, long proposalId, String kind)
			throws Exception {
		for (JsonNode task : node.read(node.get("/api/v1/tasks", user))) {
			if (task.get("proposalId").asLong() == proposalId && task.get("kind").asText().equals(kind)) {
				return java.util.Optional.of(task.get("id").asText());
			}
		}
		return java.util.Optional.empty();
	}

	private static long projectNamed(JsonApi node, String name) throws Exception {
		for (JsonNode project : node.read(node.get("/api/v1/projects", "genba"))) {
			if (name.equals(project.path("name").asText())) {
				return project.get("id").asLong();
			}
		}
		throw new AssertionError("no project " + name);
	}

	private static List<Path> filesOfAtLeast(Path folder, long size) throws IOException {
		if (!Files.exists(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).filter(file -> {
				try {
					return Files.size(file) >= size;
				}
				catch (IOException gone) {
					return false;
				}
			}).toList();
		}
	}

	/** The SHA-256 of a download, streamed (the file may be 200 MB). */
	private String sha256(KyoyuNode node, String path, String user) throws Exception {
		HttpResponse<InputStream> response = plain.send(BrowserlessClient.basic(node.url(path), user, PASSWORD).GET()
			.build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream body = new DigestInputStream(response.body(), digest)) {
			body.transferTo(java.io.OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private record ZipDigest(String sha256, Map<String, String> entries) {
	}

	/** A ZIP download, streamed: the SHA-256 of the whole and of each entry. */
	private ZipDigest zipDigest(JsonApi node, String path, String user) throws Exception {
		HttpResponse<InputStream> response = plain.send(BrowserlessClient.basic(node.url(path), user, PASSWORD).GET()
			.build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		MessageDigest whole = MessageDigest.getInstance("SHA-256");
		Map<String, String> entries = new LinkedHashMap<>();
		try (InputStream body = new DigestInputStream(response.body(), whole)) {
			ZipInputStream zip = new ZipInputStream(body, StandardCharsets.UTF_8);
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				MessageDigest one = MessageDigest.getInstance("SHA-256");
				zip.transferTo(new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), one));
				entries.put(entry.getName(), HexFormat.of().formatHex(one.digest()));
			}
			body.transferTo(java.io.OutputStream.nullOutputStream()); // the central directory, for the whole's digest
		}
		return new ZipDigest(HexFormat.of().formatHex(whole.digest()), entries);
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
