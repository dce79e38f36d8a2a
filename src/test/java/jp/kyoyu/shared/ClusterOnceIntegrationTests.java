package jp.kyoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

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

	@Autowired
	DataSource dataSource;

	@Autowired
	ClusterLockSettings settings;

	@Test
	void theShippedLeaseIsTwoMinutesRenewedEveryHalfMinute() {
		assertThat(settings.lockLease()).isEqualTo(Duration.ofMinutes(2));
		assertThat(settings.lockExtendEvery()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void aLongRoundKeepsRenewingItsLeaseAndIsNeverRunTwice() throws Exception {
		ClusterOnce nodeA = nodeWithShortLease();
		ClusterOnce nodeB = nodeWithShortLease();
		try {
			String task = "test.long-" + UUID.randomUUID().toString().substring(0, 8);
			AtomicInteger runs = new AtomicInteger();
			CountDownLatch running = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			CompletableFuture<Boolean> roundOnA = CompletableFuture.supplyAsync(() -> nodeA.run(task,
					Duration.ofMinutes(5), Duration.ZERO, () -> {
						runs.incrementAndGet();
						running.countDown();
						await(release);
					}));
			assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
			long started = System.nanoTime();

			// Three leases long, node B's every tick finds the round still held.
			while (System.nanoTime() - started < SHORT_LEASE.multipliedBy(3).toNanos()) {
				assertThat(nodeB.run(task, Duration.ofMinutes(5), Duration.ZERO, runs::incrementAndGet))
					.as("node B, %d ms into node A's round", Duration.ofNanos(System.nanoTime() - started).toMillis())
					.isFalse();
				assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ? and lock_until > "
						+ "current_timestamp and lock_until <= current_timestamp + interval '4' second", Integer.class, task))
					.as("the lock is a lease of 3 s renewed, not the round's upper bound of 5 minutes").isEqualTo(1);
				Thread.sleep(200);
			}
			release.countDown();

			assertThat(roundOnA.get(30, TimeUnit.SECONDS)).isTrue();
			assertThat(runs).hasValue(1);
			assertThat(nodeB.run(task, Duration.ofMinutes(5), Duration.ZERO, runs::incrementAndGet))
				.as("once node A's round ended, node B runs the next").isTrue();
			assertThat(runs).hasValue(2);
		}
		finally {
			nodeA.stopRenewing();
			nodeB.stopRenewing();
		}
	}

	@Test
	void aRoundPastItsUpperBoundIsNoLongerRenewedSoAnotherNodeMayStartTheWork() throws Exception {
		ClusterOnce nodeA = nodeWithShortLease();
		ClusterOnce nodeB = nodeWithShortLease();
		CountDownLatch release = new CountDownLatch(1);
		try {
			String task = "test.hung-" + UUID.randomUUID().toString().substring(0, 8);
			CountDownLatch running = new CountDownLatch(1);
			Duration bound = Duration.ofSeconds(5);
			CompletableFuture<Boolean> hungOnA = CompletableFuture.supplyAsync(() -> nodeA.run(task, bound,
					Duration.ZERO, () -> {
						running.countDown();
						await(release);
					}));
			assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
			long started = System.nanoTime();

			AtomicInteger runsOnB = new AtomicInteger();
			while (!nodeB.run(task, Duration.ofMinutes(5), Duration.ZERO, runsOnB::incrementAndGet)) {
				assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the hung round's lock frees itself")
					.isLessThan(Duration.ofSeconds(30));
				Thread.sleep(200);
			}
			Duration waited = Duration.ofNanos(System.nanoTime() - started);

			assertThat(runsOnB).hasValue(1);
			assertThat(waited).as("held past its first lease of 3 s, freed at its bound of 5 s")
				.isGreaterThan(Duration.ofMillis(3500));
			assertThat(hungOnA).as("node A's round still runs").isNotDone();
		}
		finally {
			release.countDown();
			nodeA.stopRenewing();
			nodeB.stopRenewing();
		}
	}

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

	/** A lease of 3 s renewed every 0.5 s: long enough for a loaded machine, short enough for a test. */
	private static final Duration SHORT_LEASE = Duration.ofSeconds(3);

	/** Another node on the same database; the shipped settings (2 min) would make a slow test. */
	private ClusterOnce nodeWithShortLease() {
		return new ClusterOnce(dataSource, new ClusterLockSettings(SHORT_LEASE, Duration.ofMillis(500)));
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
