package jp.kyoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled work runs once per cluster (issue #18). The lock is a row in the shared database, so two threads here
 * race for it exactly as two nodes' schedulers do; a lock row left by a node that died is inserted as such a node
 * leaves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClusterOnceIntegrationTests {

	@Autowired
	ClusterOnce once;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void whileOneNodeRunsATaskTheOtherSkipsIt() throws Exception {
		String task = "test.once-" + UUID.randomUUID().toString().substring(0, 8);
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Boolean> nodeA = CompletableFuture.supplyAsync(() -> once.run(task, Duration.ofMinutes(5),
				Duration.ZERO, () -> {
					runs.incrementAndGet();
					running.countDown();
					await(release);
				}));
		assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

		boolean ranOnB = once.run(task, Duration.ofMinutes(5), Duration.ZERO, runs::incrementAndGet);
		release.countDown();

		assertThat(ranOnB).as("node B skips the round node A is running").isFalse();
		assertThat(nodeA.get(30, TimeUnit.SECONDS)).isTrue();
		assertThat(runs).hasValue(1);
		assertThat(once.run(task, Duration.ofMinutes(5), Duration.ZERO, runs::incrementAndGet))
			.as("the next round runs").isTrue();
	}

	@Test
	void aNodeWhoseTickComesLaterDoesNotRunTheSameRoundAgain() {
		String task = "test.round-" + UUID.randomUUID().toString().substring(0, 8);
		AtomicInteger runs = new AtomicInteger();
		assertThat(once.run(task, Duration.ofMinutes(5), Duration.ofMinutes(1), runs::incrementAndGet)).isTrue();
		assertThat(once.run(task, Duration.ofMinutes(5), Duration.ofMinutes(1), runs::incrementAndGet)).isFalse();
		assertThat(runs).hasValue(1);
	}

	@Test
	void theLockOfANodeThatDiedFreesItselfAndASurvivorRunsTheWork() {
		String task = "test.dead-" + UUID.randomUUID().toString().substring(0, 8);
		// A node took the lock for 10 minutes and died: the row stays until lock_until.
		jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, "
				+ "current_timestamp + interval '10' minute, current_timestamp, 'dead-node')", task);
		AtomicInteger runs = new AtomicInteger();
		assertThat(once.run(task, Duration.ofMinutes(5), Duration.ZERO, runs::incrementAndGet))
			.as("held by the dead node").isFalse();

		jdbc.update("update shedlock set lock_until = current_timestamp - interval '1' second where name = ?", task);
		assertThat(once.run(task, Duration.ofMinutes(5), Duration.ZERO, runs::incrementAndGet))
			.as("past its lock_until, a survivor runs it").isTrue();
		assertThat(runs).hasValue(1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
