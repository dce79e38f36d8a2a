package jp.kyoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped configuration (application.yaml as Spring binds it, no test overrides) keeps the connection pool sized
 * against the threads that can hold a connection at the same time (issue #21, docs/scaling.md "Connections"): a
 * request thread must never wait for a connection background work holds. Raising {@code server.tomcat.threads.max}
 * (or the after-commit threads, or Camunda's job executor) without the pool fails here, and so does a change that
 * leaves docs/scaling.md computing with other figures.
 */
class ConnectionBudgetTests {

	/** Camunda's job acquisition thread and Spring's scheduler thread, one connection each at most. */
	private static final int ACQUISITION_AND_SCHEDULER = 2;

	/** A nested REQUIRES_NEW transaction inside a request takes a second connection now and then. */
	private static final int NESTED_TRANSACTIONS = 2;

	private final Binder shipped = shipped();

	@Test
	void thePoolHoldsEveryThreadThatCanHoldAConnectionAtOnce() throws IOException {
		int requestThreads = number("server.tomcat.threads.max");
		int afterCommit = number("kyoyu.async.threads");
		int jobExecutor = number("camunda.bpm.job-execution.max-pool-size");
		int pool = number("spring.datasource.hikari.maximum-pool-size");
		int needed = requestThreads + afterCommit + jobExecutor + ACQUISITION_AND_SCHEDULER + NESTED_TRANSACTIONS;

		assertThat(pool).as("maximum-pool-size against %d request + %d after-commit + %d job executor + %d + %d",
				requestThreads, afterCommit, jobExecutor, ACQUISITION_AND_SCHEDULER, NESTED_TRANSACTIONS)
			.isGreaterThanOrEqualTo(needed);
		assertThat(Files.readString(Path.of("docs/scaling.md"))).as("docs/scaling.md computes with these figures")
			.contains("**" + pool + "** = " + requestThreads + " request threads + " + afterCommit + " after-commit + "
					+ jobExecutor + " job executor + " + ACQUISITION_AND_SCHEDULER + " + " + NESTED_TRANSACTIONS)
			.contains("`max_connections` ≥ " + pool + " × N + 10");
	}

	/**
	 * The pool's maximum is for the busiest minute: a quiet node keeps fewer open, so N nodes do not hold the maximum
	 * × N idle PostgreSQL backends around the clock.
	 */
	@Test
	void aQuietNodeKeepsFewerConnectionsOpenThanItMayUse() {
		int pool = number("spring.datasource.hikari.maximum-pool-size");
		int minimumIdle = number("spring.datasource.hikari.minimum-idle");
		Duration idleTimeout = Duration.ofMillis(shipped.bind("spring.datasource.hikari.idle-timeout", Long.class)
			.orElseThrow(() -> new AssertionError("spring.datasource.hikari.idle-timeout is not set")));

		assertThat(minimumIdle).isPositive().isLessThanOrEqualTo(pool / 4);
		// closed after a quiet while, but not between two requests of a working day (Hikari's floor is 10 s)
		assertThat(idleTimeout).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(30));
	}

	private int number(String name) {
		return shipped.bind(name, Integer.class)
			.orElseThrow(() -> new AssertionError(name + " is not set in application.yaml"));
	}

	private static Binder shipped() {
		try {
			List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("application.yaml",
					new ClassPathResource("application.yaml"));
			return new Binder(ConfigurationPropertySources.from(yaml));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
