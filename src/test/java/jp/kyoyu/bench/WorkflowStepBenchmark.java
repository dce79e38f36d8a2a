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
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kyoyu.KyoyuApplication;
import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JapanDate;

/**
 * Issue #21, "the approval step, re-based": one approval step as a user makes it (HTTP, JSON API, logged-in session:
 * {@code POST /api/v1/tasks/{id}/complete}) against <b>the same BPMN model completed through the bare engine's API</b>
 * ({@code bpmn/proposal-approval.bpmn} deployed again without its listeners and service-task delegates, the values
 * those listeners compute handed in as the completion's variables), on an H2 file database and on PostgreSQL, in one
 * run. Three plain user tasks on the bare engine (the old baseline of issue #4) are kept as information. The three
 * kinds take turns instance by instance after a warm-up of all, and the notices go to a real SMTP server, so the
 * comparison holds on a busy machine too.
 *
 * <p>On PostgreSQL it also counts, for one approval of each kind, the statements ({@code pg_stat_statements}) and
 * commits ({@code pg_stat_database.xact_commit}) of the first, middle and last step and of the whole approval —
 * after-commit work included (each count waits 11 s for the notices and for PostgreSQL's statistics to settle);
 * scheduled work is switched off so that it does not count. With {@code -Dbench.statements=print} it lists the
 * statements of each of our steps. Asserts nothing; the figures are kept in docs/performance.md.
 * Run: {@code ./mvnw test -Dexcluded.test.groups= -Dtest=WorkflowStepBenchmark [-Dbench.instances=60]
 * [-Dbench.databases=postgres] [-Dbench.statements=print]}.
 */
@Tag("benchmark")
class WorkflowStepBenchmark {

	private static final int INSTANCES = Integer.getInteger("bench.instances", 40);

	/** {@code h2}, {@code postgres} or both (default), e.g. to profile one of them. */
	private static final String DATABASES = System.getProperty("bench.databases", "h2,postgres");

	private static final boolean PRINT_STATEMENTS = "print".equals(System.getProperty("bench.statements"));

	/**
	 * With {@code -Dbench.log=/some/dir} PostgreSQL logs every statement there with its server process and virtual
	 * transaction id ({@code %v}), and the counted steps are marked in the log ({@code select 'bench: …'} from the
	 * superuser's connection): that maps each commit of a step to the statements it closed.
	 */
	private static final String LOG_DIR = System.getProperty("bench.log");

	private static final List<String> APPROVERS = List.of("kantoku", "shunin", "sokatsu");

	private static final String PASSWORD = "Kyoyu#Demo2026";

	private static final String WORKS = "中部地区 用排水路改修工事（その1）";

	/** The notices go out as in production, to a real SMTP server on loopback (not to a closed port). */
	private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	@Test
	void approvalStepAgainstBareEngine() throws Exception {
		SMTP.start();
		try {
			measureBoth();
		}
		finally {
			SMTP.stop();
		}
	}

	private static void measureBoth() throws Exception {
		Path dir = Files.createTempDirectory("kyoyu-bench");
		if (DATABASES.contains("h2")) {
			try (ConfigurableApplicationContext h2 = start("--kyoyu.data-dir=" + dir)) {
				new Run("H2 file", h2, null).measure();
			}
		}
		if (!DATABASES.contains("postgres")) {
			return;
		}
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setServerConfig("shared_preload_libraries", "pg_stat_statements")
			.setPGStartupWait(java.time.Duration.ofSeconds(60)) // a loaded machine
			.setServerConfig("pg_stat_statements.track", "top"); // what the client sends, not the foreign-key checks inside
		if (LOG_DIR != null) {
			builder.setServerConfig("logging_collector", "on")
				.setServerConfig("log_directory", LOG_DIR)
				.setServerConfig("log_statement", "all")
				.setServerConfig("log_line_prefix", "%m:%p:%v:%d:");
		}
		try (EmbeddedPostgres server = builder.start()) {
			JdbcTemplate superuser = new JdbcTemplate(server.getPostgresDatabase());
			superuser.execute("create role kyoyu login password 'kyoyu-bench'");
			superuser.execute("create database kyoyu owner kyoyu encoding 'UTF8'");
			superuser.execute("create extension pg_stat_statements");
			String url = server.getJdbcUrl("kyoyu", "kyoyu");
			try (Connection connection = DriverManager.getConnection(url, "kyoyu", "kyoyu-bench")) {
				for (String part : List.of("engine", "history", "identity", "case.engine", "case.history",
						"decision.engine", "decision.history")) {
					ScriptUtils.executeSqlScript(connection, new ClassPathResource(
							"org/camunda/bpm/engine/db/create/activiti.postgres.create." + part + ".sql"));
				}
			}
			try (ConfigurableApplicationContext pg = start("--spring.profiles.active=postgres",
					"--SPRING_DATASOURCE_URL=" + url, "--SPRING_DATASOURCE_USERNAME=kyoyu",
					"--SPRING_DATASOURCE_PASSWORD=kyoyu-bench", "--kyoyu.data-dir=" + dir.resolve("pg"))) {
				new Run("PostgreSQL", pg, new DatabaseCounters(superuser)).measure();
			}
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--kyoyu.demo.enabled=true", "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
				"--camunda.bpm.history-level=full", "--logging.level.org.camunda=warn",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP.getSmtp().getPort(),
				// Scheduled rounds off, so that the statement counts hold the steps' own work only.
				"--kyoyu.audit.seal-cron=-", "--spring.session.jdbc.cleanup-cron=-", "--kyoyu.erasure.sweep-cron=-",
				"--kyoyu.document.upload-cleanup-cron=-", "--kyoyu.storage.cleanup-cron=-",
				"--kyoyu.storage.migration-cron=-", "--kyoyu.notification.retry-interval=0s"));
		return new SpringApplicationBuilder(KyoyuApplication.class).run(all.toArray(String[]::new));
	}

	/** One database's run: the three kinds of step, timed, then counted. */
	private static final class Run {

		private final String database;

		private final ProcessEngine engine;

		private final DatabaseCounters counters;

		private final int port;

		private final Map<String, Session> sessions = new HashMap<>();

		private long project;

		/** The persistent variables our submission starts the process with (captured from a real submission). */
		private Map<String, Object> startVariables;

		Run(String database, ConfigurableApplicationContext context, DatabaseCounters counters) {
			this.database = database;
			this.engine = context.getBean(ProcessEngine.class);
			this.counters = counters;
			this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		}

		void measure() throws Exception {
			deployBareModels();
			for (String user : List.of("genba", "kantoku", "shunin", "sokatsu")) {
				sessions.put(user, Session.logIn(port, user));
			}
			project = worksProject(sessions.get("genba"));
			List<Long> plain = new ArrayList<>();
			List<Long> bare = new ArrayList<>();
			List<Long> ours = new ArrayList<>();
			// All warm up first; then one instance of each takes turns, so that whatever else the machine does (the
			// JIT, other builds, the mails and filings of earlier steps) weighs on all alike.
			for (int i = -INSTANCES / 4; i < INSTANCES; i++) {
				List<Long> ourTimes = ourInstance(i, null);
				List<Long> bareTimes = bareModelInstance("m" + i, null);
				List<Long> plainTimes = plainInstance("p" + i, null);
				if (i >= 0) {
					plain.addAll(plainTimes);
					bare.addAll(bareTimes);
					ours.addAll(ourTimes);
				}
			}
			System.out.printf("%n[%s] %d three-step approvals of each kind (after %d of warm-up), history FULL%n",
					database, INSTANCES, INSTANCES / 4);
			System.out.printf("  our step (HTTP, JSON API, session):            p50 %6.1f ms, p95 %6.1f ms%n",
					pct(ours, 50), pct(ours, 95));
			System.out.printf("  same model, bare engine API (no listeners):    p50 %6.1f ms, p95 %6.1f ms"
					+ "   -> ours / bare model: p50 %.2f x, p95 %.2f x (target <= 1.15 x)%n", pct(bare, 50),
					pct(bare, 95), pct(ours, 50) / pct(bare, 50), pct(ours, 95) / pct(bare, 95));
			System.out.printf("  three plain user tasks, bare engine (info):    p50 %6.1f ms, p95 %6.1f ms"
					+ "   -> ours / plain: p50 %.2f x, p95 %.2f x%n", pct(plain, 50), pct(plain, 95),
					pct(ours, 50) / pct(plain, 50), pct(ours, 95) / pct(plain, 95));
			for (int position = 0; position < 3; position++) {
				System.out.printf("  step %d of 3: ours p50 %.1f / p95 %.1f ms, bare model p50 %.1f / p95 %.1f ms"
						+ " (%.2f x / %.2f x)%n", position + 1, pct(at(ours, position), 50), pct(at(ours, position), 95),
						pct(at(bare, position), 50), pct(at(bare, position), 95),
						pct(at(ours, position), 50) / pct(at(bare, position), 50),
						pct(at(ours, position), 95) / pct(at(bare, position), 95));
			}
			if (counters != null) {
				count();
			}
		}

		/** Statements and commits per step of one approval of each kind (PostgreSQL only). */
		private void count() throws Exception {
			System.out.printf("%n[%s] statements / commits per step, after-commit work included%n", database);
			List<DatabaseCounters.Counts> ourCounts = new ArrayList<>();
			ourInstance(1000, ourCounts);
			print("our step (HTTP, session)", ourCounts);
			List<DatabaseCounters.Counts> basicCounts = new ArrayList<>();
			ourInstance(1001, basicCounts, true);
			print("our step (HTTP Basic, info)", basicCounts);
			List<DatabaseCounters.Counts> bareCounts = new ArrayList<>();
			bareModelInstance("count-model", bareCounts);
			print("same model, bare engine API", bareCounts);
			List<DatabaseCounters.Counts> plainCounts = new ArrayList<>();
			plainInstance("count-plain", plainCounts);
			print("three plain tasks (info)", plainCounts);
		}

		private static void print(String kind, List<DatabaseCounters.Counts> steps) {
			long statements = steps.stream().mapToLong(DatabaseCounters.Counts::statements).sum();
			long commits = steps.stream().mapToLong(DatabaseCounters.Counts::commits).sum();
			System.out.printf("  %-30s first %3d / %2d, middle %3d / %2d, last %3d / %2d, whole approval %3d / %2d%n",
					kind, steps.get(0).statements(), steps.get(0).commits(), steps.get(1).statements(),
					steps.get(1).commits(), steps.get(2).statements(), steps.get(2).commits(), statements, commits);
		}

		private void deployBareModels() {
			BpmnModelInstance plain = Bpmn.createExecutableProcess("BareThreeSteps").camundaHistoryTimeToLive(1)
				.startEvent().userTask("a").camundaAssignee("kantoku").userTask("b").camundaAssignee("shunin")
				.userTask("c").camundaAssignee("sokatsu").endEvent().done();
			engine.getRepositoryService().createDeployment().addModelInstance("bare.bpmn", plain)
				.addModelInstance("bare-approval.bpmn", withoutListeners()).deploy();
		}

		/**
		 * Our approval model with the same elements (gateways, tasks, flows, expressions) but nothing of Kyoyu's:
		 * no execution or task listeners, service tasks that do nothing, no forms.
		 */
		private static BpmnModelInstance withoutListeners() {
			BpmnModelInstance model = Bpmn.readModelFromStream(WorkflowStepBenchmark.class.getResourceAsStream(
					"/bpmn/proposal-approval.bpmn"));
			Process process = model.getModelElementsByType(Process.class).iterator().next();
			process.setId("BareApprovalModel");
			for (Class<? extends ModelElementInstance> listener : List.of(CamundaExecutionListener.class,
					CamundaTaskListener.class)) {
				for (ModelElementInstance each : new ArrayList<>(model.getModelElementsByType(listener))) {
					((ExtensionElements) each.getParentElement()).removeChildElement(each);
				}
			}
			for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
				task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
				task.setCamundaExpression("${true}");
			}
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "formRef");
				task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "formRefBinding");
			}
			return model;
		}

		private List<Long> plainInstance(String businessKey, List<DatabaseCounters.Counts> counts) throws Exception {
			List<Long> steps = new ArrayList<>();
			String instance = engine.getRuntimeService().startProcessInstanceByKey("BareThreeSteps", businessKey)
				.getId();
			for (int step = 0; step < 3; step++) {
				Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
				DatabaseCounters.Counts before = counts == null ? null : counters.read();
				long t = System.nanoTime();
				engine.getTaskService().complete(task.getId(), Variables.putValue("action", "APPROVE"));
				steps.add(System.nanoTime() - t);
				if (counts != null) {
					counts.add(counters.read().minus(before));
				}
			}
			return steps;
		}

		/**
		 * Our model on the bare engine: the client hands in, as transient variables, what Kyoyu's listeners would
		 * compute (holder, deputies, due date, the route position) and moves {@code idx} itself, as the model's own
		 * {@code nextStep} listener does.
		 */
		private List<Long> bareModelInstance(String businessKey, List<DatabaseCounters.Counts> counts)
				throws Exception {
			List<Long> steps = new ArrayList<>();
			VariableMap start = Variables.fromMap(startVariables);
			start.putAll(position(0));
			String instance = engine.getRuntimeService()
				.startProcessInstanceByKey("BareApprovalModel", businessKey, start)
				.getId();
			for (int step = 0; step < 3; step++) {
				Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
				VariableMap completion = Variables.createVariables()
					.putValueTyped("action", Variables.stringValue("APPROVE", true))
					.putValue("idx", step + 1);
				completion.putAll(position(step + 1));
				DatabaseCounters.Counts before = counts == null ? null : counters.read();
				long t = System.nanoTime();
				engine.getTaskService().complete(task.getId(), completion);
				steps.add(System.nanoTime() - t);
				if (counts != null) {
					counts.add(counters.read().minus(before));
				}
			}
			return steps;
		}

		/** What {@code routePosition} and {@code stepAssignment} put on the process for step {@code idx}. */
		private static VariableMap position(int idx) {
			boolean ended = idx >= APPROVERS.size();
			return Variables.createVariables()
				.putValueTyped("routeEnded", Variables.booleanValue(ended, true))
				.putValueTyped("stepIsViewer", Variables.booleanValue(false, true))
				.putValueTyped("stepHolder", Variables.stringValue(ended ? null : APPROVERS.get(idx), true))
				.putValueTyped("stepDeputies", Variables.objectValue(new ArrayList<String>(), true)
					.serializationDataFormat(Variables.SerializationDataFormats.JSON).create())
				.putValueTyped("stepDue", Variables.dateValue(new Date(System.currentTimeMillis() + 86_400_000L), true));
		}

		private List<Long> ourInstance(int i, List<DatabaseCounters.Counts> counts) throws Exception {
			return ourInstance(i, counts, false);
		}

		/** One of our proposals drafted and submitted by genba, then approved by the three, each as a user does. */
		private List<Long> ourInstance(int i, List<DatabaseCounters.Counts> counts, boolean basic) throws Exception {
			Session genba = sessions.get("genba");
			long id = genba.json("POST", "/api/v1/projects/" + project + "/proposals", Map.of("type",
					"worksMeetingRecord", "title", "性能測定 " + i, "fields", Map.of("matter", "REPORT", "content",
							"測定"))).get("id").asLong();
			genba.json("POST", "/api/v1/proposals/" + id + "/submit", Map.of("route",
					APPROVERS.stream().map(u -> Map.of("userId", u, "role", "APPROVER")).toList(),
					"requestedAnswerDate", JapanDate.today().plusDays(30).toString(), "importance", "NORMAL"));
			if (startVariables == null) {
				String instance = engine.getRuntimeService().createProcessInstanceQuery()
					.processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
				startVariables = new LinkedHashMap<>(engine.getRuntimeService().getVariablesTyped(instance, true));
			}
			List<Long> steps = new ArrayList<>();
			for (String approver : APPROVERS) {
				Session session = sessions.get(approver);
				String task = null;
				for (JsonNode each : session.json("GET", "/api/v1/tasks", null)) {
					if (each.get("proposalId").asLong() == id) {
						task = each.get("id").asText();
					}
				}
				if (task == null) {
					throw new IllegalStateException(approver + " got no task for " + id);
				}
				DatabaseCounters.Counts before = counts == null ? null : counters.read();
				if (PRINT_STATEMENTS && counts != null) {
					counters.snapshot();
				}
				if (counts != null) {
					counters.mark("start of " + (basic ? "Basic " : "") + "step of " + approver);
				}
				long t = System.nanoTime();
				if (basic) {
					session.basic(approver, "/api/v1/tasks/" + task + "/complete", Map.of("action", "APPROVE"));
				}
				else {
					session.json("POST", "/api/v1/tasks/" + task + "/complete", Map.of("action", "APPROVE"));
				}
				steps.add(System.nanoTime() - t);
				if (counts != null) {
					counts.add(counters.read().minus(before));
					counters.mark("end of " + (basic ? "Basic " : "") + "step of " + approver);
					if (PRINT_STATEMENTS) {
						counters.printSinceSnapshot((basic ? "Basic " : "") + "step of " + approver);
					}
				}
			}
			return steps;
		}

		private static long worksProject(Session session) throws Exception {
			for (JsonNode project : session.json("GET", "/api/v1/projects", null)) {
				if (WORKS.equals(project.path("name").asText())) {
					return project.get("id").asLong();
				}
			}
			throw new IllegalStateException("demo works project missing");
		}
	}

	/** The steps at one position of their three-step instance (0 = first). */
	private static List<Long> at(List<Long> steps, int position) {
		List<Long> at = new ArrayList<>();
		for (int i = position; i < steps.size(); i += 3) {
			at.add(steps.get(i));
		}
		return at;
	}

	/** Percentile of all measured steps (warm-up instances are not among them). */
	private static double pct(List<Long> nanos, int percentile) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
	}

	/** The statements and commits PostgreSQL received in the application's database. */
	private static final class DatabaseCounters {

		record Counts(long statements, long commits) {

			Counts minus(Counts before) {
				return new Counts(statements - before.statements, commits - before.commits);
			}
		}

		private static final long SETTLE_MILLIS = 11_000;

		private static final String OURS = "dbid = (select oid from pg_database where datname = 'kyoyu')"
				// \y: the word boundary of PostgreSQL's regular expressions (there \b is a backspace)
				+ " and query !~* '^\\s*(begin|commit|rollback|set|show)\\y'";

		private final JdbcTemplate superuser;

		private Map<String, Long> snapshot = Map.of();

		DatabaseCounters(JdbcTemplate superuser) {
			this.superuser = superuser;
		}

		/**
		 * Statements as {@code pg_stat_statements} counts them, commits as {@code pg_stat_database} does: a server
		 * process reports those when it has been idle a while (PostgreSQL 15: within 10 s), so the read waits for
		 * that (and for the step's after-commit work) first.
		 */
		Counts read() throws InterruptedException {
			Thread.sleep(SETTLE_MILLIS);
			superuser.execute("select pg_stat_clear_snapshot()");
			long statements = superuser.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements where "
					+ OURS, Long.class);
			long commits = superuser.queryForObject(
					"select xact_commit from pg_stat_database where datname = 'kyoyu'", Long.class);
			return new Counts(statements, commits);
		}

		void snapshot() {
			snapshot = perStatement();
		}

		/** A line in PostgreSQL's statement log ({@code -Dbench.log}), from another database so that it counts nowhere. */
		void mark(String text) {
			if (LOG_DIR != null) {
				superuser.queryForObject("select ?", String.class, "bench: " + text);
			}
		}

		void printSinceSnapshot(String title) {
			System.out.println("    --- " + title);
			perStatement().forEach((query, calls) -> {
				long more = calls - snapshot.getOrDefault(query, 0L);
				if (more > 0) {
					System.out.printf("    %3d  %s%n", more, query.replaceAll("\\s+", " ")
						.substring(0, Math.min(160, query.replaceAll("\\s+", " ").length())));
				}
			});
		}

		private Map<String, Long> perStatement() {
			Map<String, Long> calls = new LinkedHashMap<>();
			superuser.query("select query, calls from pg_stat_statements where " + OURS + " order by query",
					row -> {
						calls.merge(row.getString(1), row.getLong(2), Long::sum);
					});
			return calls;
		}
	}

	/** A user's logged-in session (form login, cookie, CSRF token), as a browser or a script that logs in once. */
	private static final class Session {

		private final int port;

		private final HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.build();

		private final HttpClient cookieless = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		private final ObjectMapper json = new ObjectMapper();

		private String csrf;

		private Session(int port) {
			this.port = port;
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

		static Session logIn(int port, String userId) throws Exception {
			Session session = new Session(port);
			String token = BrowserlessClient.csrfToken(session.get("/login"));
			HttpResponse<String> login = session.http.send(HttpRequest.newBuilder(session.uri("/login"))
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
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
				.header("Accept", "text/html,application/json,*/*")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
			}
			return response.body();
		}

		JsonNode json(String method, String path, Object body) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
				.header("Accept", "application/json")
				.header("Content-Type", "application/json")
				.header("X-CSRF-TOKEN", csrf);
			request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
			return answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString()), method, path);
		}

		/** A POST with HTTP Basic and no session, as a script that does not log in first. */
		JsonNode basic(String userId, String path, Object body) throws Exception {
			HttpRequest request = HttpRequest.newBuilder(uri(path))
				.header("Accept", "application/json")
				.header("Content-Type", "application/json")
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((userId + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
				.build();
			return answer(cookieless.send(request, HttpResponse.BodyHandlers.ofString()), "POST", path);
		}

		private JsonNode answer(HttpResponse<String> response, String method, String path) throws Exception {
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
