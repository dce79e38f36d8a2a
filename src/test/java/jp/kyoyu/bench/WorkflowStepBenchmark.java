package jp.kyoyu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kyoyu.KyoyuApplication;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectSummary;
import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.proposal.Importance;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.support.JapanDate;
import jp.kyoyu.workflow.RouteRole;
import jp.kyoyu.workflow.RouteStep;
import jp.kyoyu.workflow.SubmitRequest;
import jp.kyoyu.workflow.TaskCompletion;
import jp.kyoyu.workflow.WorkflowManagement;

/**
 * One approval step through our service (3-step route: record, dates, mail notices, row lock, listeners) against
 * a bare Camunda process of three user tasks on the same engine, database and configuration (history FULL), on an
 * H2 file database and on PostgreSQL. The two take turns instance by instance after a warm-up of both, and the
 * notices go to a real SMTP server, so the comparison holds on a busy machine too. Prints approvals/s, step
 * p50/p95 and the ratio; asserts nothing.
 * Run: {@code ./mvnw test -Dexcluded.test.groups= -Dtest=WorkflowStepBenchmark [-Dbench.instances=60]
 * [-Dbench.databases=postgres]}.
 */
@Tag("benchmark")
class WorkflowStepBenchmark {

	private static final int INSTANCES = Integer.getInteger("bench.instances", 40);

	/** {@code h2}, {@code postgres} or both (default), e.g. to profile one of them. */
	private static final String DATABASES = System.getProperty("bench.databases", "h2,postgres");

	private static final List<String> APPROVERS = List.of("kantoku", "shunin", "sokatsu");

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
				measure("H2 file", h2);
			}
		}
		if (!DATABASES.contains("postgres")) {
			return;
		}
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			JdbcTemplate superuser = new JdbcTemplate(server.getPostgresDatabase());
			superuser.execute("create role kyoyu login password 'kyoyu-bench'");
			superuser.execute("create database kyoyu owner kyoyu encoding 'UTF8'");
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
				measure("PostgreSQL", pg);
			}
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--kyoyu.demo.enabled=true", "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
				"--camunda.bpm.history-level=full", "--logging.level.org.camunda=warn",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP.getSmtp().getPort()));
		return new SpringApplicationBuilder(KyoyuApplication.class).run(all.toArray(String[]::new));
	}

	private static void measure(String database, ConfigurableApplicationContext context) {
		ProcessEngine engine = context.getBean(ProcessEngine.class);
		BpmnModelInstance bare = Bpmn.createExecutableProcess("BareThreeSteps").camundaHistoryTimeToLive(1)
			.startEvent().userTask("a").camundaAssignee("kantoku").userTask("b").camundaAssignee("shunin")
			.userTask("c").camundaAssignee("sokatsu").endEvent().done();
		engine.getRepositoryService().createDeployment().addModelInstance("bare.bpmn", bare).deploy();
		WorkflowManagement workflow = context.getBean(WorkflowManagement.class);
		ProposalManagement proposals = context.getBean(ProposalManagement.class);
		long project = context.getBean(ProjectManagement.class).projectsOf("genba").stream()
			.filter(p -> p.name().contains("用排水路")).map(ProjectSummary::id).findFirst().orElseThrow();
		List<Long> bareSteps = new ArrayList<>();
		List<Long> modelSteps = new ArrayList<>();
		List<Long> ourSteps = new ArrayList<>();
		long bareNanos = 0;
		long ourNanos = 0;
		// All warm up first; then one instance of each takes turns, so that whatever else the machine does (the
		// JIT, other builds, the mails and filings of earlier steps) weighs on all alike.
		for (int i = -INSTANCES / 4; i < INSTANCES; i++) {
			long started = System.nanoTime();
			List<Long> bareTimes = bareInstance(engine, "b" + i);
			long bareTook = System.nanoTime() - started;
			List<Long> modelTimes = ourInstance(workflow, proposals, project, i, engine);
			started = System.nanoTime();
			List<Long> ourTimes = ourInstance(workflow, proposals, project, i, null);
			long ourTook = System.nanoTime() - started;
			if (i >= 0) {
				bareSteps.addAll(bareTimes);
				modelSteps.addAll(modelTimes);
				ourSteps.addAll(ourTimes);
				bareNanos += bareTook;
				ourNanos += ourTook;
			}
		}
		double bareRate = INSTANCES / (bareNanos / 1e9);
		double ourRate = INSTANCES / (ourNanos / 1e9);
		System.out.printf("%n[%s] %d three-step instances each (after %d of warm-up), history FULL%n", database,
				INSTANCES, INSTANCES / 4);
		System.out.printf("  bare engine: %.1f instances/s, step p50 %.1f ms, p95 %.1f ms%n", bareRate,
				pct(bareSteps, 50), pct(bareSteps, 95));
		System.out.printf("  our model, completed through the engine API (no portal checks): step p50 %.1f ms, p95 %.1f ms"
				+ " (%.2f x / %.2f x bare)%n", pct(modelSteps, 50), pct(modelSteps, 95),
				pct(modelSteps, 50) / pct(bareSteps, 50), pct(modelSteps, 95) / pct(bareSteps, 95));
		System.out.printf("  our service: %.1f instances/s (incl. create+submit), step p50 %.1f ms, p95 %.1f ms%n",
				ourRate, pct(ourSteps, 50), pct(ourSteps, 95));
		System.out.printf("  step ratio (ours / bare): p50 %.2f x, p95 %.2f x%n", pct(ourSteps, 50) / pct(bareSteps, 50),
				pct(ourSteps, 95) / pct(bareSteps, 95));
		// The last step also ends the process (and ours files the approved document), so it weighs on p95.
		for (int position = 0; position < 3; position++) {
			List<Long> bareAt = at(bareSteps, position);
			List<Long> ourAt = at(ourSteps, position);
			System.out.printf("  step %d of 3: bare p50 %.1f ms, ours p50 %.1f ms (%.2f x)%n", position + 1,
					pct(bareAt, 50), pct(ourAt, 50), pct(ourAt, 50) / pct(bareAt, 50));
		}
	}

	private static List<Long> bareInstance(ProcessEngine engine, String businessKey) {
		List<Long> steps = new ArrayList<>();
		String instance = engine.getRuntimeService().startProcessInstanceByKey("BareThreeSteps", businessKey).getId();
		for (int step = 0; step < 3; step++) {
			Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
			long t = System.nanoTime();
			engine.getTaskService().complete(task.getId(), Map.of("action", "APPROVE"));
			steps.add(System.nanoTime() - t);
		}
		return steps;
	}

	/**
	 * One of our proposals through the three approvers: through our service, or with {@code direct} through the
	 * engine's task API as Tasklist would (the model, its listeners and the bookkeeping, without the portal's checks).
	 */
	private static List<Long> ourInstance(WorkflowManagement workflow, ProposalManagement proposals, long project,
			int i, ProcessEngine direct) {
		List<Long> steps = new ArrayList<>();
		List<RouteStep> route = APPROVERS.stream().map(u -> new RouteStep(u, RouteRole.APPROVER)).toList();
		long id = proposals.create(project, "worksMeetingRecord", "性能測定 " + i,
				Map.of("matter", "REPORT", "content", "測定"), "genba").id();
		workflow.submit(id, new SubmitRequest(route, JapanDate.today().plusDays(30), Importance.NORMAL, null),
				"genba");
		for (String approver : APPROVERS) {
			String task = workflow.tasksOf(approver).stream().filter(t -> t.proposalId() == id).findFirst()
				.orElseThrow().id();
			long t = System.nanoTime();
			if (direct == null) {
				workflow.complete(task, new TaskCompletion(ApprovalAction.APPROVE, null, null, null), approver);
			}
			else {
				direct.getTaskService().complete(task, Map.of("action", "APPROVE"));
			}
			steps.add(System.nanoTime() - t);
		}
		return steps;
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
}
