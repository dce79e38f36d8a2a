package jp.kyoyu.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import jp.kyoyu.support.KyoyuNode;

/**
 * Many users at once (issue #21): supervisors and contractors of one works project, ramping to
 * {@code 2 × load.users} (default 100) concurrent users on loopback against one Kyoyu JVM with {@code -Xmx512m} on
 * PostgreSQL, bounded in time. Each user logs in once (form login, session cookie, CSRF token as a browser), then
 * loops until the end: the trivial request ({@code GET /api/v1/me}), the home page, the board page, then
 * <ul>
 * <li>a supervisor: the task list, opens the first task's proposal and approves it, searches the board, exports
 * the document list as CSV;</li>
 * <li>a contractor: drafts a proposal, attaches a 10 MB file to every {@code load.upload-every}-th one, submits it to
 * their own supervisor, searches the board and the document list.</li>
 * </ul>
 * Then, at saturation (no pauses, {@code load.users} supervisors at once): the approval step through Kyoyu's API and
 * the same step through the engine's own REST API (Tasklist's path, the same model with its listeners, no portal
 * checks), each on a pool of submitted proposals filled before it, and the steps per second of both.
 *
 * <p>Printed at the end: every request kind's p95 as a ratio of the trivial request's (target ≤ 5×), the two
 * approval throughputs and their ratio (target ≥ 0.8×), the node's resident size at idle and at peak and its heap
 * after a full collection before and after the load; the series of live bytes after a full collection (the totals
 * of live class histograms, {@link HeapSnapshots}) at idle, when the ramp is over, every
 * {@code load.heap-every-seconds} (300) of the steady phase, at its end and after the run, and the classes that grew
 * most (histograms in {@code target/gatling/heap-histogram-*.txt}). Gatling's own assertion fails the run on any
 * failed request.
 * Run: {@code ./mvnw gatling:test} (docs/performance.md, "Many users at once", for the knobs and the soak).
 */
public class ManyUsersSimulation extends Simulation {

	private static final int USERS = Integer.getInteger("load.users", 50);

	private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.ramp-seconds", 60));

	private static final Duration STEADY = Duration.ofSeconds(Integer.getInteger("load.steady-seconds", 120));

	private static final int UPLOAD_EVERY = Integer.getInteger("load.upload-every", 5);

	private static final int POOL_PER_CONTRACTOR = Integer.getInteger("load.pool", 6);

	/**
	 * How long each saturation phase approves. Bounded so that both phases run within the run's time limit (in the
	 * first full run the engine phase never started) and both measure the same thing: the pool is not drained
	 * within it, so every supervisor has a task to approve from the first step to the last.
	 */
	private static final Duration SATURATION = Duration.ofSeconds(Integer.getInteger("load.saturation-seconds", 90));

	private static final int UPLOAD_BYTES = 10 * 1024 * 1024;

	/** How often the steady phase's heap is looked at (class histogram and heap after GC): the soak's curve. */
	private static final int HEAP_EVERY_SECONDS = Integer.getInteger("load.heap-every-seconds", 300);

	private static final String STEADY_START = "steady+0s";

	static final String TRIVIAL = "trivial: GET /api/v1/me";

	private static final List<String> KINDS = List.of("home page", "board page", "task list", "proposal page",
			"approve (Kyoyu API)", "search board", "export documents.csv", "draft proposal", "upload 10 MB",
			"submit proposal", "search documents");

	private static final String KYOYU_STEP = "approve at saturation: Kyoyu API";

	private static final String ENGINE_STEP = "approve at saturation: engine REST";

	private static final byte[] TEN_MEGABYTES = randomBytes(UPLOAD_BYTES);

	private final int port = freePort();

	private final Latencies latencies = new Latencies();

	private final Throughput kyoyuSteps = new Throughput();

	private final Throughput engineSteps = new Throughput();

	private final AtomicLong deadline = new AtomicLong();

	/** Users of the mixed workload still working: the pool is filled only after the last has stopped. */
	private final AtomicInteger mixedUsers = new AtomicInteger();

	private LoadNode node;

	private long[] idleResident;

	private long heapBefore;

	private final HeapSnapshots heap = new HeapSnapshots(Path.of("target", "gatling"));

	/** Takes the steady phase's snapshots off Gatling's threads: each is a full collection of the node, seconds long. */
	private final ScheduledExecutorService heapClock = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "heap-snapshots");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean heapClockStarted = new AtomicBoolean();

	{
		HttpProtocolBuilder protocol = http.baseUrl("http://127.0.0.1:" + port)
			.acceptHeader("application/json, text/html;q=0.9, */*;q=0.8")
			.acceptLanguageHeader("ja")
			.shareConnections();
		setUp(warmUp("warm-up: contractor", LoadNode::contractor, contractorRound()).injectOpen(atOnceUsers(1))
			.andThen(warmUp("warm-up: supervisor", LoadNode::supervisor, supervisorRound()).injectOpen(atOnceUsers(1))
				.andThen(supervisors().injectOpen(rampUsers(USERS).during(RAMP)),
						contractors().injectOpen(rampUsers(USERS).during(RAMP))
							.andThen(fill("fill pool 1").injectOpen(atOnceUsers(USERS))
								.andThen(approveAll(KYOYU_STEP, false).injectOpen(atOnceUsers(USERS))
									.andThen(fill("fill pool 2").injectOpen(atOnceUsers(USERS))
										.andThen(approveAll(ENGINE_STEP, true).injectOpen(atOnceUsers(USERS)))))))))
			.protocols(protocol)
			.assertions(noFailures())
			.maxDuration(RAMP.plus(STEADY).plus(SATURATION.multipliedBy(2)).plusMinutes(15));
	}

	@Override
	public void before() {
		try {
			System.out.printf("Starting Kyoyu (-Xmx512m, PostgreSQL 15 embedded, demo data) on port %d …%n", port);
			node = LoadNode.start(port);
			node.createUsers(USERS);
			Thread.sleep(10_000); // let the start-up work settle before reading the idle figures
			idleResident = node.residentMegabytes();
			heapBefore = node.heapAfterFullGcMegabytes();
			System.out.printf("Idle: resident %d MB, heap after full GC %d MB%n", idleResident[0], heapBefore);
			heap.take("idle", node::classHistogram, node::heapInUseMegabytes);
		}
		catch (Exception failed) {
			throw new IllegalStateException("could not prepare the load run"
					+ (node == null ? "" : ":\n" + node.logTail()), failed);
		}
	}

	@Override
	public void after() {
		try {
			heapClock.shutdownNow();
			heapClock.awaitTermination(2, TimeUnit.MINUTES);
			long[] resident = node.residentMegabytes();
			long heapAfter = node.heapAfterFullGcMegabytes();
			heap.take("end", node::classHistogram, node::heapInUseMegabytes);
			StringBuilder report = new StringBuilder();
			report.append(String.format("%nMany users at once: %d supervisors + %d contractors, ramp %d s, until %d s; "
					+ "Kyoyu -Xmx512m on PostgreSQL 15%n", USERS, USERS, RAMP.toSeconds(), RAMP.plus(STEADY).toSeconds()));
			report.append(String.format("Trivial request p50 / p95: %d / %d ms%n", latencies.percentile(TRIVIAL, 50),
					latencies.p95(TRIVIAL)));
			report.append(latencies.ratioTable(TRIVIAL, KINDS, 5.0));
			report.append(String.format("p95 of every kind ≤ 5× the trivial request's: %s%n",
					latencies.allWithin(TRIVIAL, KINDS, 5.0) ? "MET" : "NOT MET"));
			double ours = kyoyuSteps.perSecond();
			double engine = engineSteps.perSecond();
			// A phase cut short by the run's time limit completes nothing: no ratio, rather than a division by zero.
			boolean bothMeasured = kyoyuSteps.count() > 0 && engineSteps.count() > 0;
			report.append(String.format("Approval steps at saturation (%d users at once): Kyoyu API %d steps, %.1f/s; "
					+ "engine REST (same model) %d steps, %.1f/s; ratio %s (target ≥ 0.8×: %s)%n", USERS,
					kyoyuSteps.count(), ours, engineSteps.count(), engine,
					bothMeasured ? String.format("%.2f×", ours / engine) : "-",
					!bothMeasured ? "NOT MEASURED" : ours / engine >= 0.8 ? "MET" : "NOT MET"));
			report.append(String.format("Resident size: idle %d MB, now %d MB, peak (VmHWM) %d MB; heap after full GC "
					+ "(GC.run, then GC.heap_info: includes what was allocated in between): before the load %d MB, "
					+ "after it %d MB%n", idleResident[0], resident[0], resident[1], heapBefore, heapAfter));
			report.append(heap.report(STEADY_START, 25));
			System.out.print(report);
			Path out = Path.of("target", "gatling", "many-users-figures.txt");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
			node.saveLog(out.resolveSibling("many-users-node.log"));
		}
		catch (Exception failed) {
			System.err.println("could not read the figures: " + failed);
		}
		finally {
			try {
				node.close();
			}
			catch (Exception ignored) {
				// the run is over; a temp folder left behind is not worth failing it
			}
		}
	}

	private ScenarioBuilder supervisors() {
		return scenario("supervisors").feed(accounts(LoadNode::supervisor))
			.exec(mixedUserStarts())
			.exec(logIn())
			.exec(asLongAs(session -> System.currentTimeMillis() < deadline()).on(
					exec(supervisorRound()).exec(pause(Duration.ofSeconds(2), Duration.ofSeconds(4)))))
			.exec(mixedUserStops());
	}

	private ScenarioBuilder contractors() {
		return scenario("contractors").feed(accounts(LoadNode::contractor))
			.exec(mixedUserStarts())
			.exec(logIn())
			.exec(asLongAs(session -> System.currentTimeMillis() < deadline(), "round").on(
					exec(contractorRound()).exec(pause(Duration.ofSeconds(2), Duration.ofSeconds(4)))))
			.exec(mixedUserStops());
	}

	private ChainBuilder mixedUserStarts() {
		return exec(session -> {
			mixedUsers.incrementAndGet();
			if (heapClockStarted.compareAndSet(false, true)) {
				scheduleHeapSnapshots();
			}
			return session;
		});
	}

	/**
	 * From the first measured user on: a snapshot when the ramp is over (all users logged in: the first one to
	 * compare with), every {@code load.heap-every-seconds} of the steady phase, and at its end.
	 */
	private void scheduleHeapSnapshots() {
		long steadyStart = RAMP.toSeconds();
		for (long at = 0; at < STEADY.toSeconds(); at += HEAP_EVERY_SECONDS) {
			String label = at == 0 ? STEADY_START : "steady+" + at + "s";
			heapClock.schedule(() -> snapshot(label), steadyStart + at, TimeUnit.SECONDS);
		}
		heapClock.schedule(() -> snapshot("steady-end"), steadyStart + STEADY.toSeconds(), TimeUnit.SECONDS);
	}

	private void snapshot(String label) {
		try {
			heap.take(label, node::classHistogram, node::heapInUseMegabytes);
		}
		catch (Exception failed) {
			System.err.println("could not take the heap snapshot " + label + ": " + failed);
		}
	}

	/** Also on a failed session: Gatling goes on with the chain after a failed request unless told to exit. */
	private ChainBuilder mixedUserStops() {
		return exec(session -> {
			mixedUsers.decrementAndGet();
			return session;
		});
	}

	/**
	 * Three rounds of one contractor and then one supervisor before the measured load, not measured: the node's first
	 * requests compile its queries (Hibernate parses each HQL once) and warm its JIT, which many users arriving at
	 * once on a cold node would all wait for.
	 */
	private ScenarioBuilder warmUp(String name, Function<Integer, String> account, ChainBuilder round) {
		return scenario(name).feed(accounts(account))
			.exec(session -> session.set("warm-up", true))
			.exec(group("warm-up").on(exec(logIn()).exec(repeat(3, "round").on(round))));
	}

	/** The end of the mixed workload: ramp plus steady time after the first measured user started. */
	private long deadline() {
		return deadline.updateAndGet(end -> end != 0 ? end : System.currentTimeMillis() + RAMP.plus(STEADY).toMillis());
	}

	private ChainBuilder supervisorRound() {
		return exec(common())
			.exec(timed("task list", http("task list").get("/api/v1/tasks")
				.queryParam("size", "5")
				.check(jsonPath("$[0].id").optional().saveAs("taskId"))
				.check(jsonPath("$[0].proposalId").optional().saveAs("proposalId"))))
			.exec(doIf(session -> session.contains("taskId")).then(
					exec(timed("proposal page", http("proposal page").get("/api/v1/proposals/#{proposalId}")))
						.exec(timed("approve (Kyoyu API)", writing(http("approve (Kyoyu API)")
							.post("/api/v1/tasks/#{taskId}/complete"))
							.body(StringBody("{\"action\":\"APPROVE\",\"comment\":\"負荷試験で承認\"}"))))))
			.exec(session -> session.remove("taskId").remove("proposalId"))
			.exec(timed("search board", http("search board").get("/api/v1/posts").queryParam("q", "工事")))
			.exec(timed("export documents.csv", http("export documents.csv")
				.get("/api/v1/projects/#{project}/documents.csv")));
	}

	private ChainBuilder contractorRound() {
		return exec(common())
			.exec(draft("draft proposal"))
			.exec(doIf(session -> session.getInt("round") % UPLOAD_EVERY == 0).then(
					exec(timed("upload 10 MB", http("upload 10 MB").post("/api/v1/proposals/#{draftId}/attachments")
						.header("X-CSRF-TOKEN", "#{csrf}")
						.bodyPart(ByteArrayBodyPart("file", TEN_MEGABYTES).fileName("現場写真一式.bin")
							.contentType("application/octet-stream"))
						.asMultipartForm()))))
			.exec(submit("submit proposal"))
			.exec(timed("search board", http("search board").get("/api/v1/posts").queryParam("q", "打合せ")))
			.exec(timed("search documents", http("search documents").get("/api/v1/projects/#{project}/documents")
				.queryParam("q", "報告")));
	}

	/** Each contractor submits a pool of proposals to their supervisor: the work of the next saturation phase. */
	private ScenarioBuilder fill(String name) {
		// Supervisors of the mixed workload still finishing a round would approve the same tasks as the saturation
		// phase's supervisors (409 in the first runs): wait for the last of them.
		return scenario(name).feed(accounts(LoadNode::contractor))
			.exec(asLongAs(session -> mixedUsers.get() > 0).on(pause(Duration.ofSeconds(1))))
			.exec(logIn())
			.exec(repeat(POOL_PER_CONTRACTOR).on(exec(draft("pool: draft")).exec(submit("pool: submit"))));
	}

	/**
	 * Each supervisor approves their tasks one after another, without pauses, until none is left: the approval step
	 * at saturation, through Kyoyu's API or through the engine's REST API as Tasklist calls it.
	 */
	private ScenarioBuilder approveAll(String name, boolean throughEngine) {
		Throughput steps = throughEngine ? engineSteps : kyoyuSteps;
		HttpRequestActionBuilder complete = throughEngine
				? http(name).post("/camunda/api/engine/engine/default/task/#{taskId}/complete")
					.header("X-XSRF-TOKEN", "#{xsrf}")
					.header("Content-Type", "application/json")
					.body(StringBody("{\"variables\":{\"action\":{\"value\":\"APPROVE\"}}}"))
					.check(status().is(204))
				: writing(http(name).post("/api/v1/tasks/#{taskId}/complete"))
					.body(StringBody("{\"action\":\"APPROVE\"}"));
		ChainBuilder engineSession = exec(http("Tasklist page").get("/camunda/app/tasklist/default/"))
			.exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")));
		return scenario(name).feed(accounts(LoadNode::supervisor))
			.exec(logIn())
			.exec(doIf(session -> throughEngine).then(engineSession))
			.exec(session -> {
				steps.started();
				return session.set("more", true);
			})
			.exec(asLongAs(session -> session.getBoolean("more") && steps.within(SATURATION)).on(
					exec(session -> session.remove("taskId"))
						.exec(http(name + ": task list").get("/api/v1/tasks").queryParam("size", "1")
							.check(jsonPath("$[0].id").optional().saveAs("taskId")))
						.exec(doIf(session -> !session.contains("taskId")).then(exec(session -> session.set("more", false))))
						.exec(doIf(session -> session.contains("taskId")).then(exec(complete).exec(session -> {
							if (session.isFailed()) {
								// a refused or lost session would otherwise spin on the same task (1,611 times in
								// the first full run): this user stops, the others go on
								return session.set("more", false);
							}
							steps.completed();
							return session;
						})))));
	}

	/**
	 * No request failed outside the warm-up (Gatling counts a request failed on a status other than 2xx/3xx, a failed
	 * check or a timeout). The warm-up's requests are grouped apart: on a cold node under a shared machine's load
	 * its first pages may time out, which is what the warm-up is for.
	 */
	private static Assertion[] noFailures() {
		return Stream.concat(Stream.of(TRIVIAL, "login page", "log in", "log in Redirect 1", "Tasklist page",
				"pool: draft", "pool: submit", KYOYU_STEP, ENGINE_STEP, KYOYU_STEP + ": task list",
				ENGINE_STEP + ": task list"), KINDS.stream())
			.map(kind -> details(kind).failedRequests().count().is(0L))
			.toArray(Assertion[]::new);
	}

	/** The form login a browser does, then the CSRF token of the home page for the JSON calls. */
	private static ChainBuilder logIn() {
		return exec(http("login page").get("/login")
			.check(regex("name=\"_csrf\"\\s+value=\"([^\"]+)\"").saveAs("csrf")))
			.exec(http("log in").post("/login")
				.formParam("username", "#{userId}")
				.formParam("password", LoadNode.PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(currentLocation().transform(url -> url.contains("/login")).is(false))
				.check(regex("name=\"_csrf\"\\s+value=\"([^\"]+)\"").saveAs("csrf")));
	}

	private ChainBuilder common() {
		return exec(timed(TRIVIAL, http(TRIVIAL).get("/api/v1/me")))
			.exec(timed("home page", http("home page").get("/")))
			.exec(timed("board page", http("board page").get("/projects/#{project}/board")));
	}

	private ChainBuilder draft(String name) {
		return exec(timed(name, writing(http(name).post("/api/v1/projects/#{project}/proposals"))
			.body(StringBody(session -> "{\"type\":\"worksMeetingRecord\",\"title\":\"負荷試験の打合せ簿 "
					+ session.userId() + "\",\"fields\":{\"matter\":\"CONSULTATION\",\"content\":\"負荷試験の協議です。\"}}"))
			.check(jsonPath("$.id").saveAs("draftId"))));
	}

	private ChainBuilder submit(String name) {
		String answerDate = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(14).toString();
		return exec(timed(name, writing(http(name).post("/api/v1/proposals/#{draftId}/submit"))
			.body(StringBody("{\"route\":[{\"userId\":\"#{approver}\",\"role\":\"APPROVER\"}],\"requestedAnswerDate\":\""
					+ answerDate + "\",\"importance\":\"NORMAL\",\"comment\":\"負荷試験\"}"))));
	}

	private static HttpRequestActionBuilder writing(HttpRequestActionBuilder request) {
		return request.header("X-CSRF-TOKEN", "#{csrf}").header("Content-Type", "application/json");
	}

	/** The request, with its response time kept per kind for the ratio table. */
	private ChainBuilder timed(String kind, HttpRequestActionBuilder request) {
		return exec(request.check(responseTimeInMillis().saveAs("rt"))).exec(session -> {
			if (session.contains("rt") && !session.contains("warm-up")) {
				latencies.add(kind, session.getInt("rt"));
			}
			return session.remove("rt");
		});
	}

	/** Account i of each side, paired: contractor i submits to supervisor i. */
	private Iterator<Map<String, Object>> accounts(Function<Integer, String> account) {
		AtomicInteger next = new AtomicInteger();
		return Stream.generate(() -> {
			int i = next.getAndIncrement() % USERS + 1;
			return Map.<String, Object>of("userId", account.apply(i), "approver", LoadNode.supervisor(i), "project",
					node.worksProject());
		}).iterator();
	}

	private static byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		new Random(21).nextBytes(bytes);
		return bytes;
	}

	private static int freePort() {
		try {
			return KyoyuNode.freePort();
		}
		catch (IOException failed) {
			throw new IllegalStateException(failed);
		}
	}
}
