package jp.kyoyu.shared;

import java.time.Duration;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A node for {@link ClusterOnceKilledNodeTests}, in a JVM of its own: takes the lock of the task {@code args[1]} on
 * the database {@code args[0]} (user and password {@code postgres}) with the test's short lease, says {@code RUNNING}
 * and stays in its round until it is killed. Not a test.
 */
final class LockHoldingNode {

	public static void main(String[] args) {
		ClusterOnce node = new ClusterOnce(new DriverManagerDataSource(args[0], "postgres", "postgres"),
				ClusterOnceKilledNodeTests.SETTINGS);
		boolean ran = node.run(args[1], Duration.ofMinutes(30), Duration.ZERO, () -> {
			System.out.println("RUNNING");
			System.out.flush();
			try {
				Thread.sleep(Duration.ofMinutes(10).toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		System.out.println(ran ? "ROUND ENDED" : "SKIPPED");
	}
}
