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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.KyoyuNode;

/**
 * What authenticating a request costs (issue #21): the same calls sent with a logged-in session (the baseline),
 * with a personal API token ({@code Authorization: Bearer}) and with HTTP Basic, against one Kyoyu JVM as shipped
 * (embedded H2, demo data, the password hash at production strength, 310,000 PBKDF2 iterations). Per kind it prints
 * the node's CPU time per request (the child JVM's own counter, its idle work subtracted, so other processes on the
 * shared machine do not count), wall time p50/p95 and both as ratios against the session call of the same
 * endpoint in the same run. Asserts nothing; the figures are kept in docs/performance.md.
 * Run: {@code ./mvnw test -Dexcluded.test.groups= -Dtest=ApiTokenBenchmark [-Dbench.requests=60]}.
 */
@Tag("benchmark")
class ApiTokenBenchmark {

	private static final int REQUESTS = Integer.getInteger("bench.requests", 40);

	private static final int WARM_UP = 10;

	private static final String USER = "kantoku";

	private static final String PASSWORD = "Kyoyu#Demo2026";

	@Test
	void tokenAgainstSessionAgainstBasic() throws Exception {
		Path dataDir = Files.createTempDirectory("kyoyu-api-token-bench");
		try (KyoyuNode node = KyoyuNode.start(dataDir, "tokens", KyoyuNode.freePort(), 310_000,
				List.of("--kyoyu.data-dir=" + dataDir, "--kyoyu.demo.enabled=true"))) {
			measure(node);
		}
	}

	private void measure(KyoyuNode node) throws Exception {
		HttpClient session = logIn(node);
		HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		String bearer = "Bearer " + makeToken(node, plain, basic);

		Map<String, Request> kinds = new LinkedHashMap<>();
		for (String path : List.of("/api/v1/me", "/engine-rest/task?assignee=" + USER)) {
			kinds.put("session  GET " + path, () -> send(node, session, path, null));
			kinds.put("token    GET " + path, () -> send(node, plain, path, bearer));
			kinds.put("Basic    GET " + path, () -> send(node, plain, path, basic));
		}

		double idleCpuPerSecond = idleCpuPerSecond(node);
		System.out.printf("%nAuthentication cost, %d requests each after %d warm-up, one at a time (idle node %.2f ms "
				+ "CPU/s subtracted); ratios against the session call of the same endpoint%n", REQUESTS, WARM_UP,
				idleCpuPerSecond);
		System.out.printf("%-52s %9s %7s %8s %8s %7s%n", "kind", "CPU ms", "ratio", "p50 ms", "p95 ms", "ratio");
		double baselineCpu = 0;
		double baselineP50 = 0;
		for (Map.Entry<String, Request> kind : kinds.entrySet()) {
			for (int i = 0; i < WARM_UP; i++) {
				kind.getValue().send();
			}
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
			Collections.sort(times);
			double p50 = times.get(times.size() / 2) / 1e6;
			double p95 = times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1e6;
			if (kind.getKey().startsWith("session")) {
				baselineCpu = cpu;
				baselineP50 = p50;
			}
			System.out.printf("%-52s %9.2f %6.1fx %8.1f %8.1f %6.1fx%n", kind.getKey(), cpu, cpu / baselineCpu, p50,
					p95, p50 / baselineP50);
		}
	}

	/** The token the script would use: made once with the password, as a user makes it on the account page. */
	private static String makeToken(KyoyuNode node, HttpClient http, String basic) throws Exception {
		HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(node.url("/api/v1/me/api-tokens")))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (made.statusCode() != 201) {
			throw new IllegalStateException("no token: " + made.statusCode() + " " + made.body());
		}
		return new ObjectMapper().readTree(made.body()).get("token").asText();
	}

	private static HttpClient logIn(KyoyuNode node) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager()).build();
		String token = BrowserlessClient.csrfToken(http.send(HttpRequest.newBuilder(URI.create(node.url("/login")))
			.build(), HttpResponse.BodyHandlers.ofString()).body());
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(node.url("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + USER + "&password="
					+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(token, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login failed");
		}
		return http;
	}

	private static void send(KyoyuNode node, HttpClient http, String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path))).header("Accept",
				"application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		HttpResponse<String> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
		}
	}

	private static double idleCpuPerSecond(KyoyuNode node) throws InterruptedException {
		long before = node.cpuNanos();
		long start = System.nanoTime();
		Thread.sleep(5000);
		return (node.cpuNanos() - before) / 1e6 / ((System.nanoTime() - start) / 1e9);
	}

	@FunctionalInterface
	private interface Request {

		void send() throws Exception;
	}
}
