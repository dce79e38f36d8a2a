package jp.kyoyu;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JapanDate;
import jp.kyoyu.support.ProjectFixtures;
import jp.kyoyu.support.RightsFixture;

/**
 * Monitoring as an operator's Prometheus and load balancer see it (issue #17, docs/monitoring.md): the scrape needs
 * the administration READ right over HTTP Basic, the probes are anonymous and tell the status only, and each
 * business metric moves when a user does the thing it counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitoringIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	RightsFixture api;

	/** A monitoring account as docs/monitoring.md tells operators to make one: administration READ, nothing else. */
	String scraper;

	@BeforeEach
	void setUp() throws Exception {
		api = new RightsFixture(port);
		scraper = api.user("prom", "AGENCY");
		Map<Feature, AccessLevel> onlyReadAdministration = new EnumMap<>(Feature.class);
		for (Feature feature : Feature.values()) {
			onlyReadAdministration.put(feature, AccessLevel.NONE);
		}
		onlyReadAdministration.put(Feature.ADMIN, AccessLevel.READ);
		api.rights(scraper, onlyReadAdministration);
	}

	@Test
	void anAnonymousScrapeIsRefusedWith401AndABasicChallenge() throws Exception {
		HttpResponse<String> refused = api.http.send(HttpRequest.newBuilder(java.net.URI.create(api.url("/actuator/prometheus")))
			.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				challenge -> assertThat(challenge).startsWith("Basic"));
		assertThat(refused.body()).contains("ログインが必要です").doesNotContain("kyoyu_");
	}

	@Test
	void aUserWithoutTheAdministrationReadRightIsRefusedAndTheScraperMayChangeNothing() throws Exception {
		HttpResponse<String> genba = scrapeAs("genba");
		assertThat(genba.statusCode()).isEqualTo(403);
		assertThat(genba.body()).contains("システム管理").doesNotContain("kyoyu_");

		assertThat(scrapeAs(scraper).statusCode()).isEqualTo(200);
		HttpResponse<String> change = api.send("PUT", "/api/v1/admin/users/" + scraper + "/permissions", scraper,
				Map.of("ADMIN", "MANAGE"));
		assertThat(change.statusCode()).as("administration READ is read-only").isEqualTo(403);
	}

	@Test
	void livenessAndReadinessAreAnonymousAndTellTheStatusOnly() throws Exception {
		HttpResponse<String> liveness = anonymous("/actuator/health/liveness", null);
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(fieldNames(api.json.readTree(liveness.body()))).containsExactly("status");
		assertThat(api.json.readTree(liveness.body()).get("status").asText()).isEqualTo("UP");

		HttpResponse<String> readiness = anonymous("/actuator/health/readiness", null);
		// The database and file store are fine here; GreenMail is not always listening, which is DEGRADED (200).
		assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
		JsonNode status = api.json.readTree(readiness.body());
		assertThat(fieldNames(status)).as("no components, no details for anonymous callers").containsExactly("status");
		assertThat(status.get("status").asText()).isIn("UP", "DEGRADED");
	}

	/**
	 * A node that does not take traffic says so with 503, which is all a load balancer reads. Spring Boot drops its
	 * own DOWN/OUT_OF_SERVICE → 503 mappings once any mapping is configured (ours adds DEGRADED → 200): without
	 * them restated, a starting node answered 200 before its demo users existed, and a down one looked healthy.
	 */
	@Test
	void aNodeThatRefusesTrafficAnswers503() throws Exception {
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		try {
			HttpResponse<String> readiness = anonymous("/actuator/health/readiness", null);
			assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
			assertThat(api.json.readTree(readiness.body()).get("status").asText()).isEqualTo("OUT_OF_SERVICE");
		}
		finally {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		assertThat(anonymous("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
	}

	@Test
	void everyAnswerCarriesARequestIdTheClientsOwnWhenItIsPlain() throws Exception {
		HttpResponse<String> own = anonymous("/actuator/health/liveness", "lb-7f3a.42");
		assertThat(own.headers().firstValue("X-Request-Id")).hasValue("lb-7f3a.42");

		HttpResponse<String> none = anonymous("/actuator/health/liveness", null);
		assertThat(none.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(UUID.fromString(id)).isNotNull());

		String tooLong = "x".repeat(65);
		HttpResponse<String> replaced = anonymous("/actuator/health/liveness", tooLong);
		assertThat(replaced.headers().firstValue("X-Request-Id")).hasValueSatisfying(
				id -> assertThat(id).isNotEqualTo(tooLong).hasSize(36));

		HttpResponse<String> refused = api.http.send(HttpRequest.newBuilder(java.net.URI.create(api.url("/api/v1/projects")))
			.header("X-Request-Id", "refused-1").GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("X-Request-Id")).as("a refused login has one too").hasValue("refused-1");
	}

	@Test
	void loginsAndLockoutsAreCounted() throws Exception {
		Map<String, Double> before = scrape();
		String victim = api.user("lock", "CONTRACTOR");
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> wrong = api.http.send(BrowserlessClient.basic(api.url("/api/v1/projects"), victim,
					"wrong-password-" + i).GET().build(), HttpResponse.BodyHandlers.ofString());
			assertThat(wrong.statusCode()).isEqualTo(401);
		}
		assertThat(api.get("/api/v1/projects", "genba").statusCode()).isEqualTo(200);

		Map<String, Double> after = scrape();
		assertThat(increase(before, after, "kyoyu_logins_total{application=\"kyoyu\",outcome=\"failed\"}"))
			.isGreaterThanOrEqualTo(5);
		assertThat(increase(before, after, "kyoyu_logins_total{application=\"kyoyu\",outcome=\"succeeded\"}"))
			.isGreaterThanOrEqualTo(2);
		assertThat(increase(before, after, "kyoyu_login_lockouts_total{application=\"kyoyu\"}"))
			.as("the fifth wrong password locked the id").isGreaterThanOrEqualTo(1);
	}

	@Test
	void uploadedBytesAreCounted() throws Exception {
		long project = new ProjectFixtures(api).works("監視テスト").member("kantoku", "SUPERVISOR").create();
		Map<String, Object> post = Map.of("title", "監視テストの投稿", "body", "添付の確認です。", "visibleTo",
				Map.of("users", List.of(), "groups", List.of()));
		long postId = api.read(api.send("POST", "/api/v1/projects/" + project + "/posts", "kantoku", post))
			.get("id").asLong();
		Map<String, Double> before = scrape();
		String content = "計測用の添付ファイル".repeat(500);
		api.read(api.upload("/api/v1/posts/" + postId + "/attachments", "kantoku", "計測.txt", content));

		Map<String, Double> after = scrape();
		assertThat(increase(before, after, "kyoyu_upload_size_bytes_count{application=\"kyoyu\"}")).isGreaterThanOrEqualTo(1);
		assertThat(increase(before, after, "kyoyu_upload_size_bytes_sum{application=\"kyoyu\"}"))
			.isGreaterThanOrEqualTo(content.getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void anApprovalStepIsTimedAndOpenTasksAreCounted() throws Exception {
		long project = new ProjectFixtures(api).works("監視テスト承認").member("kantoku", "SUPERVISOR")
			.member("genba", "SITE_AGENT").create();
		long proposal = api.read(api.send("POST", "/api/v1/projects/" + project + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", "監視テストの打合せ簿", "fields",
						Map.of("matter", "CONSULTATION", "content", "計測の確認です。")))).get("id").asLong();
		api.read(api.send("POST", "/api/v1/proposals/" + proposal + "/submit", "genba",
				Map.of("route", List.of(Map.of("userId", "kantoku", "role", "APPROVER")), "requestedAnswerDate",
						JapanDate.today().plusDays(7).toString(), "importance", "NORMAL")));
		Map<String, Double> before = scrape();
		assertThat(before.get("kyoyu_tasks_open{application=\"kyoyu\"}")).as("the new step is an open task")
			.isGreaterThanOrEqualTo(1);
		assertThat(before).containsKeys("kyoyu_tasks_overdue{application=\"kyoyu\"}",
				"kyoyu_camunda_jobs_waiting{application=\"kyoyu\"}", "kyoyu_notices_unsent{application=\"kyoyu\"}",
				"kyoyu_mails_failed_total{application=\"kyoyu\"}");

		String task = null;
		for (JsonNode open : api.read(api.get("/api/v1/tasks", "kantoku"))) {
			if (open.get("proposalId").asLong() == proposal) {
				task = open.get("id").asText();
			}
		}
		assertThat(task).as("kantoku's task").isNotNull();
		api.read(api.send("POST", "/api/v1/tasks/" + task + "/complete", "kantoku", Map.of("action", "APPROVE")));

		Map<String, Double> after = scrape();
		assertThat(increase(before, after,
				"kyoyu_approval_step_duration_seconds_count{application=\"kyoyu\",kind=\"APPROVE\"}")).isEqualTo(1);
	}

	private HttpResponse<String> anonymous(String path, String requestId) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(api.url(path))).GET();
		if (requestId != null) {
			request.header("X-Request-Id", requestId);
		}
		return api.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** The scrape as Prometheus reads it: every sample line, name with labels → value. */
	private Map<String, Double> scrape() throws Exception {
		HttpResponse<String> scrape = scrapeAs(scraper);
		assertThat(scrape.statusCode()).as(scrape.body()).isEqualTo(200);
		Map<String, Double> samples = new java.util.HashMap<>();
		Matcher sample = Pattern.compile("(?m)^(kyoyu_[^ ]+) ([-0-9.Ee+]+)$").matcher(scrape.body());
		while (sample.find()) {
			samples.put(sample.group(1), Double.parseDouble(sample.group(2)));
		}
		return samples;
	}

	/** As a scraper asks: the Prometheus text format. */
	private HttpResponse<String> scrapeAs(String user) throws Exception {
		return api.http.send(BrowserlessClient.basic(api.url("/actuator/prometheus"), user, RightsFixture.PASSWORD)
			.setHeader("Accept", "text/plain;version=0.0.4,*/*;q=0.1")
			.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static double increase(Map<String, Double> before, Map<String, Double> after, String sample) {
		assertThat(after).as("the scrape names " + sample).containsKey(sample);
		return after.get(sample) - before.getOrDefault(sample, 0.0);
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
			names.add(it.next());
		}
		return names;
	}
}
