package jp.kyoyu.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kyoyu.PostgresIntegrationTests;
import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.KyoyuNode;

/**
 * What one request of each kind costs a node and the database (issue #18, "scale on paper"): one Kyoyu JVM as
 * shipped on PostgreSQL, driven by logged-in users (session cookie, as a browser), each request kind repeated after
 * a warm-up. Per request it prints the node's CPU time (the child JVM's own CPU counter, so other processes on the
 * machine do not count), the SQL statements and the commits the database received (PostgreSQL's
 * {@code pg_stat_statements} and {@code pg_stat_database}: counts that do not depend on the machine), and the CPU ratio against a trivial
 * authenticated call measured in the same run. What the node does on its own while idle (job acquisition, the
 * shared-version reads of scheduled work) is measured first and subtracted. Asserts nothing; the figures are kept
 * in docs/scaling.md.
 * Run: {@code ./mvnw test -Dexcluded.test.groups= -Dtest=RequestCostBenchmark [-Dbench.requests=100]}.
 */
@Tag("benchmark")
class RequestCostBenchmark {

	private static final int REQUESTS = Integer.getInteger("bench.requests", 60);

	private static final int WARM_UP = 20;

	private static final String PASSWORD = "Kyoyu#Demo2026";

	private static final String WORKS = "中部地区 用排水路改修工事（その1）";

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void costPerRequestKind() throws Exception {
		Path dataDir = Files.createTempDirectory("kyoyu-request-cost");
		try (EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setServerConfig("shared_preload_libraries", "pg_stat_statements")
			.setServerConfig("pg_stat_statements.track", "top") // what the client sends, not the foreign-key checks inside
			.start()) {
			JdbcTemplate superuser = new JdbcTemplate(server.getPostgresDatabase());
			superuser.execute("create role kyoyu login password 'kyoyu-test'");
			superuser.execute("create database kyoyu owner kyoyu encoding 'UTF8'");
			superuser.execute("create extension pg_stat_statements");
			String url = server.getJdbcUrl("kyoyu", "kyoyu");
			PostgresIntegrationTests.createCamundaSchema(url);
			try (KyoyuNode node = KyoyuNode.start(dataDir, "cost", KyoyuNode.freePort(),
					List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
							"--spring.datasource.username=kyoyu", "--spring.datasource.password=kyoyu-test",
							"--kyoyu.data-dir=" + dataDir, "--kyoyu.demo.enabled=true"))) {
				measure(node, new DatabaseCounters(superuser));
			}
		}
	}

	private void measure(KyoyuNode node, DatabaseCounters database) throws Exception {
		Session kantoku = Session.logIn(node, "kantoku");
		Session genba = Session.logIn(node, "genba");
		long project = worksProject(genba);
		long proposal = genba.json("GET", "/api/v1/projects/" + project + "/proposals", null).get(0).get("id").asLong();
		kantoku.get("/camunda/app/tasklist/default/"); // logs the session into Camunda's webapps, as Tasklist does

		Map<String, Request> kinds = new LinkedHashMap<>();
		kinds.put("trivial: GET /api/v1/me", () -> kantoku.get("/api/v1/me"));
		kinds.put("home page", () -> kantoku.get("/"));
		kinds.put("board list", () -> kantoku.get("/projects/" + project + "/board"));
		kinds.put("unread list", () -> kantoku.get("/board/unread"));
		kinds.put("approval list (all projects)", () -> kantoku.get("/workflow/proposals"));
		kinds.put("proposal page", () -> kantoku.get("/proposals/" + proposal));
		kinds.put("document list", () -> kantoku.get("/projects/" + project + "/documents"));
		kinds.put("schedule overview", () -> kantoku.get("/schedule/overview"));
		kinds.put("Tasklist task query", () -> kantoku.get("/camunda/api/engine/engine/default/task?assignee=kantoku"));
		kinds.put("board post (write)", () -> genba.json("POST", "/api/v1/projects/" + project + "/posts",
				Map.of("title", "負荷測定の投稿", "body", "測定用", "visibleTo", Map.of("users", List.of(), "groups",
						List.of()))));
		kinds.put("approval step: draft + submit + approve", () -> approvalStep(genba, kantoku, project));

		double idleCpuPerSecond = idleCpuPerSecond(node);
		DatabaseCounters.Counts idle = database.idlePerMinute();
		double idleStatementsPerSecond = idle.statements() / 60.0;
		double idleCommitsPerSecond = idle.commits() / 60.0;
		System.out.printf("%nRequest cost per kind, %d requests each after %d warm-up (idle node: %.2f ms CPU/s, "
				+ "%.2f statements/s, %.2f transactions/s, subtracted)%n", REQUESTS, WARM_UP, idleCpuPerSecond,
				idleStatementsPerSecond, idleCommitsPerSecond);
		System.out.printf("%-42s %10s %8s %12s %12s %9s%n", "kind", "CPU ms", "ratio", "statements",
				"transactions", "p50 ms");
		double baseline = 0;
		for (Map.Entry<String, Request> kind : kinds.entrySet()) {
			for (int i = 0; i < WARM_UP; i++) {
				kind.getValue().send();
			}
			DatabaseCounters.Counts before = database.read();
			long cpuBefore = node.cpuNanos();
			long start = System.nanoTime();
			List<Long> times = new ArrayList<>();
			for (int i = 0; i < REQUESTS; i++) {
				long one = System.nanoTime();
				kind.getValue().send();
				times.add(System.nanoTime() - one);
			}
			double busy = (System.nanoTime() - start) / 1e9;
			double cpu = Math.max(0, (node.cpuNanos() - cpuBefore) / 1e6 - idleCpuPerSecond * busy) / REQUESTS;
			DatabaseCounters.Counts after = database.read();
			// The counters ran from read to read: the requests plus the settling wait of the second read.
			double counted = busy + DatabaseCounters.SETTLE_MILLIS / 1000.0;
			double statements = Math.max(0,
					after.statements() - before.statements() - idleStatementsPerSecond * counted) / REQUESTS;
			double commits = Math.max(0, after.commits() - before.commits() - idleCommitsPerSecond * counted) / REQUESTS;
			Collections.sort(times);
			if (baseline == 0) {
				baseline = cpu;
			}
			System.out.printf("%-42s %10.2f %7.1fx %12.1f %12.1f %9.1f%n", kind.getKey(), cpu, cpu / baseline,
					statements, commits, times.get(times.size() / 2) / 1e6);
		}
	}

	/** One approval as users make it: genba drafts and submits a 工事打合せ簿, kantoku approves it. */
	private void approvalStep(Session genba, Session kantoku, long project) throws Exception {
		long id = genba.json("POST", "/api/v1/projects/" + project + "/proposals", Map.of("type", "worksMeetingRecord",
				"title", "負荷測定の打合せ簿", "fields", Map.of("matter", "CONSULTATION", "content", "測定用の協議です。")))
			.get("id")
			.asLong();
		genba.json("POST", "/api/v1/proposals/" + id + "/submit", Map.of("route",
				List.of(Map.of("userId", "kantoku", "role", "APPROVER")), "requestedAnswerDate",
				LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(14).toString(), "importance", "NORMAL", "comment",
				"測定"));
		for (JsonNode task : kantoku.json("GET", "/api/v1/tasks", null)) {
			if (task.get("proposalId").asLong() == id) {
				kantoku.json("POST", "/api/v1/tasks/" + task.get("id").asText() + "/complete",
						Map.of("action", "APPROVE"));
				return;
			}
		}
		throw new IllegalStateException("kantoku got no task for " + id);
	}

	private static double idleCpuPerSecond(KyoyuNode node) throws InterruptedException {
		long before = node.cpuNanos();
		long start = System.nanoTime();
		Thread.sleep(5000);
		return (node.cpuNanos() - before) / 1e6 / ((System.nanoTime() - start) / 1e9);
	}

	private long worksProject(Session session) throws Exception {
		for (JsonNode project : session.json("GET", "/api/v1/projects", null)) {
			if (WORKS.equals(project.path("name").asText())) {
				return project.get("id").asLong();
			}
		}
		throw new IllegalStateException("demo works project missing");
	}

	@FunctionalInterface
	private interface Request {

		void send() throws Exception;
	}

	/** The statements and explicit commits PostgreSQL received in the application's database. */
	private static final class DatabaseCounters {

		record Counts(long statements, long commits) {
		}

		private static final long SETTLE_MILLIS = 11_000;

		private final JdbcTemplate superuser;

		DatabaseCounters(JdbcTemplate superuser) {
			this.superuser = superuser;
		}

		/**
		 * Statements as {@code pg_stat_statements} counts them (at once), commits as {@code pg_stat_database} does: a
		 * server process reports those when it has been idle a while (PostgreSQL 15: within 10 s), so the read waits
		 * for that first.
		 */
		Counts read() throws InterruptedException {
			Thread.sleep(SETTLE_MILLIS);
			superuser.execute("select pg_stat_clear_snapshot()");
			long statements = superuser.queryForObject("""
					select coalesce(sum(calls) filter (where query !~* '^\\s*(begin|commit|rollback|set|show)\\y'), 0)
					from pg_stat_statements where dbid = (select oid from pg_database where datname = 'kyoyu')
					""", Long.class);
			long commits = superuser.queryForObject(
					"select xact_commit from pg_stat_database where datname = 'kyoyu'", Long.class);
			return new Counts(statements, commits);
		}

		/** What the node does to the database on its own (job acquisition, scheduled rounds), per second. */
		Counts idlePerMinute() throws InterruptedException {
			Counts before = read();
			Thread.sleep(60_000 - SETTLE_MILLIS);
			Counts after = read();
			return new Counts(after.statements() - before.statements(), after.commits() - before.commits());
		}
	}

	/** A browser's session: the cookie after a form login, and the CSRF token its pages carry. */
	private static final class Session {

		private final KyoyuNode node;

		private final HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.build();

		private final ObjectMapper json = new ObjectMapper();

		private String csrf;

		private Session(KyoyuNode node) {
			this.node = node;
		}

		static Session logIn(KyoyuNode node, String userId) throws Exception {
			Session session = new Session(node);
			String token = BrowserlessClient.csrfToken(session.get("/login"));
			HttpResponse<String> login = session.http.send(HttpRequest.newBuilder(URI.create(node.url("/login")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(userId) + "&password="
						+ encode(PASSWORD) + "&_csrf=" + encode(token)))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
				throw new IllegalStateException("login of " + userId + " failed");
			}
			session.csrf = BrowserlessClient.csrfToken(session.get("/"));
			return session;
		}

		String get(String path) throws Exception {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(node.url(path)))
				.header("Accept", "text/html,application/json,*/*")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
			}
			return response.body();
		}

		JsonNode json(String method, String path, Object body) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path)))
				.header("Accept", "application/json")
				.header("Content-Type", "application/json")
				.header("X-CSRF-TOKEN", csrf);
			request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
						+ response.body());
			}
			return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}
	}
}
