package jp.kyoyu.shared;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

/**
 * Runs scheduled work once per cluster (issue #18). Every node's scheduler fires; the first to take the task's
 * lock row (table {@code shedlock}, ShedLock) runs it, the others skip that round. The lock is a lease
 * ({@code kyoyu.cluster.lock-lease}, 2 min) that this node renews while the task runs ({@link LeaseKeepingLockProvider}):
 * if the node dies, even mid-round, the lock frees itself within one lease and the next round runs on a survivor.
 * Once the task ends the lock is held until {@code atLeast} after it was taken (so a node whose tick comes a little
 * later does not run the same round again). Times are the database's, so the nodes' clocks need not agree.
 */
@Component
public class ClusterOnce {

	private final LeaseKeepingLockProvider locks;

	private final LockingTaskExecutor executor;

	ClusterOnce(DataSource dataSource, ClusterLockSettings settings) {
		this.locks = new LeaseKeepingLockProvider(new JdbcTemplateLockProvider(
				JdbcTemplateLockProvider.Configuration.builder()
					.withJdbcTemplate(new JdbcTemplate(dataSource))
					.usingDbTime()
					.withLockedByValue(thisNode())
					.build()), settings);
		this.executor = new DefaultLockingTaskExecutor(locks);
	}

	/**
	 * Runs {@code task} here unless another node holds its lock; answers whether it ran. {@code atMost} is the round's
	 * upper bound and must be longer than the task ever takes: past it the lock is no longer renewed, and another node
	 * may start the same work (a round hung on a network call does not keep the work from every node for ever).
	 */
	public boolean run(String name, Duration atMost, Duration atLeast, Runnable task) {
		try {
			return executor.executeWithLock(() -> {
				task.run();
				return Boolean.TRUE;
			}, new LockConfiguration(ClockProvider.now(), name, atMost, atLeast)).wasExecuted();
		}
		catch (RuntimeException | Error e) {
			throw e;
		}
		catch (Throwable checked) {
			throw new IllegalStateException(checked);
		}
	}

	/** A stopping node renews nothing more; a round it still runs keeps its lock at most one lease longer. */
	@PreDestroy
	void stopRenewing() {
		locks.close();
	}

	/**
	 * {@code locked_by}: the process and host an operator looks for in the table, plus a random part, because a renewal
	 * and an unlock only touch a row that names their own lock holder: two nodes on one host (or two instances in a
	 * test) must not renew or release each other's lock.
	 */
	private static String thisNode() {
		return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}
}
