package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;

import jp.kyoyu.shared.Readiness;

/**
 * The job executor's readiness check on the real engine. The shared test context runs no jobs
 * ({@code camunda.bpm.job-execution.enabled: false}), which is the "switched off on purpose" case; the same engine
 * checked as a node that should run jobs shows the refusal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JobExecutorHealthIntegrationTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	JobExecutorHealthIndicator configured;

	@Test
	void aNodeWithoutJobExecutionOnPurposeIsUp() {
		assertThat(configured.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aNodeMeantToRunJobsWhoseExecutorIsNotActiveIsDegraded() {
		var health = new JobExecutorHealthIndicator(engine, true).health();
		assertThat(health.getStatus()).isEqualTo(Readiness.DEGRADED);
		assertThat(health.getDetails()).containsEntry("active", false);
	}
}
