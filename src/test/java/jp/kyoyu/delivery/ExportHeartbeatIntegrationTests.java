package jp.kyoyu.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Several nodes (issue #18): a starting node used to fail every running export, those another node was running
 * included (a rolling upgrade failed them all). Now a job is failed only when no node has touched it for
 * {@link ExportHousekeeping#ABANDONED}; the node running a job touches it every {@link ExportRunner#HEARTBEAT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportHeartbeatIntegrationTests {

	@Autowired
	ExportHousekeeping housekeeping;

	@Autowired
	ExportRunner runner;

	@Autowired
	ExportJobRepository jobs;

	@Autowired
	ExportJobs results;

	@Test
	void onlyAnExportNoNodeTouchesIsFailedAsInterrupted() {
		Instant now = Instant.now();
		long deadNodes = running(now.minus(ExportHousekeeping.ABANDONED).minusSeconds(1));
		long otherNodes = running(now.minusSeconds(20));

		housekeeping.failAbandoned(now);

		ExportJob failed = jobs.findById(deadNodes).orElseThrow();
		assertThat(failed.status()).isEqualTo(ExportStatus.FAILED);
		assertThat(results.view(failed).problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("出力していたサーバーが停止したため"));
		assertThat(jobs.findById(otherNodes).orElseThrow().status()).as("another node's job runs on")
			.isEqualTo(ExportStatus.RUNNING);
		jobs.deleteAllById(java.util.List.of(deadNodes, otherNodes));
	}

	@Test
	void theNodeHoldingAnExportKeepsItAlive() {
		long held = running(Instant.now().minus(ExportHousekeeping.ABANDONED).minusSeconds(30));
		runner.hold(held);
		try {
			runner.beat();
		}
		finally {
			runner.release(held);
		}

		assertThat(housekeeping.failAbandoned(Instant.now())).isZero();
		assertThat(jobs.findById(held).orElseThrow().status()).isEqualTo(ExportStatus.RUNNING);
		jobs.deleteById(held);
	}

	/** A job row as a node wrote it at {@code lastSign} (no node of this test runs it). */
	private long running(Instant lastSign) {
		return jobs.save(new ExportJob(987_654_321L, ExportKind.ZIP, ExportDestination.DOWNLOAD, "", null, "genba",
				lastSign)).id();
	}
}
