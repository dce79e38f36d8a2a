package jp.kyoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A node killed with SIGKILL in the middle of a scheduled round (issue #18): its lock frees itself within one lease,
 * not at the round's upper bound, and a survivor takes the next round; while the killed node was alive, its renewals
 * kept the round from the survivor well past the lease. The node is a JVM of its own ({@link LockHoldingNode}) on an
 * embedded PostgreSQL, the production database, so the kill stops its renewals the way a crash does (no shutdown
 * hook, no unlock). No Spring context: this runs in surefire beside the shared one, in seconds.
 */
class ClusterOnceKilledNodeTests {

	/** Both nodes': a lease of 3 s renewed every 0.5 s (the shipped 2 min and 30 s would make a slow test). */
	static final ClusterLockSettings SETTINGS = new ClusterLockSettings(Duration.ofSeconds(3), Duration.ofMillis(500));

	private static final String TASK = "test.killed-mid-round";

	@Test
	void aNodeKilledMidRoundFreesItsWorkWithinOneLeaseAndASurvivorRunsIt() throws Exception {
		try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
			JdbcTemplate jdbc = new JdbcTemplate(database.getPostgresDatabase());
			jdbc.execute(new ClassPathResource("db/migration/V58__shared_cluster_locks.sql")
				.getContentAsString(StandardCharsets.UTF_8));
			Process killedNode = startLockHoldingNode(database.getJdbcUrl("postgres", "postgres"));
			try {
				ClusterOnce survivor = new ClusterOnce(database.getPostgresDatabase(), SETTINGS);
				AtomicInteger runs = new AtomicInteger();

				// Alive, the other node renews its lease: three leases long the survivor finds the round held.
				long aliveSince = System.nanoTime();
				while (System.nanoTime() - aliveSince < Duration.ofSeconds(9).toNanos()) {
					assertThat(survivor.run(TASK, Duration.ofMinutes(30), Duration.ZERO, runs::incrementAndGet))
						.as("the survivor while the other node runs its round").isFalse();
					Thread.sleep(250);
				}
				assertThat(killedNode.isAlive()).isTrue();

				killedNode.destroyForcibly().waitFor();
				long killedAt = System.nanoTime();
				assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ? and lock_until <= "
						+ "timezone('utc', current_timestamp) + interval '3' second", Integer.class, TASK))
					.as("what the killed node leaves is one lease at most, not its round's 30 minutes").isEqualTo(1);
				while (!survivor.run(TASK, Duration.ofMinutes(30), Duration.ZERO, runs::incrementAndGet)) {
					assertThat(Duration.ofNanos(System.nanoTime() - killedAt)).as("the killed node's lock frees itself")
						.isLessThan(Duration.ofSeconds(30));
					Thread.sleep(100);
				}
				Duration takenOver = Duration.ofNanos(System.nanoTime() - killedAt);

				assertThat(runs).hasValue(1);
				// one lease (3 s) plus the database's and the loop's time on a loaded machine
				assertThat(takenOver).as("taken over after the kill").isLessThan(Duration.ofSeconds(6));
				survivor.stopRenewing();
			}
			finally {
				killedNode.destroyForcibly().waitFor();
			}
		}
	}

	/** Starts {@link LockHoldingNode} and returns once its round runs, holding the lock. */
	private static Process startLockHoldingNode(String jdbcUrl) throws Exception {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Process node = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
				"-cp", classPath, LockHoldingNode.class.getName(), jdbcUrl, TASK).redirectErrorStream(true).start();
		List<String> output = new CopyOnWriteArrayList<>();
		CountDownLatch running = new CountDownLatch(1);
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(node.getInputStream(),
					StandardCharsets.UTF_8))) {
				for (String line; (line = lines.readLine()) != null;) {
					output.add(line);
					if (line.equals("RUNNING")) {
						running.countDown();
					}
				}
			}
			catch (IOException ended) {
				// the node was killed
			}
		}, "lock-holding-node-output");
		reader.setDaemon(true);
		reader.start();
		if (!running.await(60, TimeUnit.SECONDS)) {
			node.destroyForcibly().waitFor();
			throw new IllegalStateException("the lock-holding node did not start its round:\n"
					+ String.join("\n", output));
		}
		return node;
	}
}
