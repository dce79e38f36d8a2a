package jp.kyoyu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * Nothing acknowledged is lost (issue 17): Kyoyu runs as a separate JVM on the embedded default (H2 file database,
 * the URL of the shipped application.yaml), four clients write board posts, the JVM is killed with SIGKILL right
 * after the last {@code 201}, and after a restart every post that was answered is there.
 *
 * <p>Before {@code WRITE_DELAY=0} H2 wrote commits in the background every 500 ms, and this test lost the last
 * posts of each client. A child process is the only honest way: a context closed in this JVM would flush H2 on
 * close, which is exactly what a crash does not do. The child's class path leaves out test-classes, so it starts
 * with the shipped configuration, not the test one (in-memory H2).
 */
class AcknowledgedWritesSurviveAKillIntegrationTests {

	static final int CLIENTS = 4;

	/** Posts answered before the kill; the clients go on writing until it, so the kill meets writes in flight. */
	static final int WRITES = 24;

	@TempDir
	Path dataDir;

	@Test
	void everyAnsweredPostIsThereAfterSigkillAndRestart() throws Exception {
		int port = freePort();
		Process first = start(port, "first");
		Map<Long, String> answered = new LinkedHashMap<>();
		try {
			JsonApi api = new JsonApi(port) {
			};
			long project = withLog("first", () -> new ProjectFixtures(api).works("耐久性テスト工事")
				.member("kantoku", "SUPERVISOR")
				.create());
			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			for (int client = 0; client < CLIENTS; client++) {
				int number = client;
				clients.submit(() -> {
					for (int i = 0; first.isAlive(); i++) {
						String title = "耐久性マーカー " + number + "-" + i;
						HttpResponse<String> created = api.send("POST", "/api/v1/projects/" + project + "/posts",
								"kantoku", Map.of("title", title, "body", title + " の本文",
										"visibleTo", Map.of("users", List.of(), "groups", List.of())));
						if (created.statusCode() != 201) {
							continue;
						}
						synchronized (answered) {
							answered.put(api.json.readTree(created.body()).get("id").asLong(), title);
							if (answered.size() == WRITES) {
								// Right after the last answer, from the thread that got it: no shutdown hook,
								// no close, no flush. Other clients' requests in flight were never answered.
								first.destroyForcibly();
							}
						}
					}
					return null;
				});
			}
			clients.shutdown();
			assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
		}
		finally {
			first.destroyForcibly().waitFor();
		}
		assertThat(answered).hasSizeGreaterThanOrEqualTo(WRITES);

		Process second = start(port, "second");
		try {
			JsonApi api = new JsonApi(port) {
			};
			List<String> missing = new ArrayList<>();
			for (Map.Entry<Long, String> post : answered.entrySet()) {
				HttpResponse<String> read = api.get("/api/v1/posts/" + post.getKey(), "kantoku");
				if (read.statusCode() != 200 || !read.body().contains(post.getValue())) {
					missing.add(post.getValue());
				}
			}
			assertThat(missing).as("posts answered 201 before the kill but gone after the restart").isEmpty();
		}
		finally {
			second.destroy();
			second.waitFor();
		}
	}

	/** A failure while the child runs says what the child logged: its log is gone with the temporary folder. */
	private <T> T withLog(String name, java.util.concurrent.Callable<T> step) throws Exception {
		try {
			return step.call();
		}
		catch (AssertionError | RuntimeException failure) {
			throw new AssertionError(failure.getMessage() + "\n--- " + name + ".log ---\n" + tail(dataDir.resolve(name + ".log")),
					failure);
		}
	}

	private Process start(int port, String name) throws Exception {
		Path log = dataDir.resolve(name + ".log");
		Process process = new ProcessBuilder(javaExecutable(), "-Xmx512m", "-cp", shippedClassPath(),
				KyoyuApplication.class.getName(), "--server.port=" + port, "--kyoyu.data-dir=" + dataDir,
				// Demo logins over HTTP Basic hash the password on every call; production strength only slows
				// the test down and has nothing to do with durability.
				"--kyoyu.security.password.pbkdf2-iterations=1000", "--kyoyu.storage.cleanup-cron=-",
				"--camunda.bpm.job-execution.enabled=false",
				// Readiness turns UP after the ApplicationReadyEvent listeners, among them the demo users' creation.
				"--management.endpoint.health.probes.enabled=true")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofSeconds(360).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Kyoyu did not start:\n" + tail(log));
			}
			try {
				HttpResponse<Void> health = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (health.statusCode() == 200) {
					return process;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new IllegalStateException("Kyoyu did not answer within 360 s:\n" + tail(log));
	}

	/** The class path of this test run without test-classes: the application as shipped plus its libraries. */
	private static String shippedClassPath() {
		// Surefire and failsafe start the test JVM from a manifest-only jar; the real path is in this property.
		String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(path.split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}
}
