package jp.kyoyu;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.KyoyuNode;
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
		int port = KyoyuNode.freePort();
		KyoyuNode first = KyoyuNode.start(dataDir, "first", port, arguments());
		Map<Long, String> answered = new LinkedHashMap<>();
		try {
			JsonApi api = new JsonApi(port) {
			};
			long project = withLog(first, () -> new ProjectFixtures(api).works("耐久性テスト工事")
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
								first.kill();
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
			first.kill();
		}
		assertThat(answered).hasSizeGreaterThanOrEqualTo(WRITES);

		KyoyuNode second = KyoyuNode.start(dataDir, "second", port, arguments());
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
			second.close();
		}
	}

	/** A failure while the node runs says what it logged: its log is gone with the temporary folder. */
	private static <T> T withLog(KyoyuNode node, Callable<T> step) throws Exception {
		try {
			return step.call();
		}
		catch (AssertionError | RuntimeException failure) {
			throw new AssertionError(failure.getMessage() + "\n" + node.logTail(), failure);
		}
	}

	/** The embedded default (H2 file database of the shipped application.yaml) in this test's folder. */
	private List<String> arguments() {
		return List.of("--kyoyu.data-dir=" + dataDir, "--kyoyu.storage.cleanup-cron=-",
				"--camunda.bpm.job-execution.enabled=false");
	}
}
