package jp.kyoyu.shared;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

/**
 * Runs scheduled work once per cluster (issue #18). Every node's scheduler fires; the first to take the task's
 * lock row (table {@code shedlock}, ShedLock) runs it, the others skip that round. A lock is held at least
 * {@code atLeast} (so a node whose tick comes a little later does not run the same round again) and at most
 * {@code atMost}: if the node that had it dies, the lock frees itself and the next round runs on a survivor.
 * Times are the database's, so the nodes' clocks need not agree.
 */
@Component
public class ClusterOnce {

	private final LockingTaskExecutor executor;

	ClusterOnce(DataSource dataSource) {
		this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
				JdbcTemplateLockProvider.Configuration.builder()
					.withJdbcTemplate(new JdbcTemplate(dataSource))
					.usingDbTime()
					.build()));
	}

	/**
	 * Runs {@code task} here unless another node holds its lock; answers whether it ran. {@code atMost} must be
	 * longer than the task ever takes: past it, another node may start the same work.
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
}
