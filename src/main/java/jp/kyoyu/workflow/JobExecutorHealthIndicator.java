package jp.kyoyu.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.Readiness;

/**
 * {@code jobExecutor} in the readiness group: Camunda's job executor runs the timers of the approval process
 * (reminders, due dates) and its asynchronous steps. When this node is meant to run jobs
 * ({@code camunda.bpm.job-execution.enabled}, the default) and the executor is not active, that work stops:
 * DEGRADED, not DOWN, since users can still work on this node ({@link Readiness}). A node switched off on purpose
 * (a web-only node, the tests) is UP. A running executor that does not keep up is seen by
 * {@code kyoyu_camunda_jobs_waiting} ({@link WorkflowMetrics}).
 */
@Component
class JobExecutorHealthIndicator implements HealthIndicator {

	private final ProcessEngine engine;

	private final boolean meantToRun;

	@Autowired
	JobExecutorHealthIndicator(ProcessEngine engine, CamundaBpmProperties camunda) {
		this(engine, camunda.getJobExecution().isEnabled());
	}

	/** For tests: the shared test context runs no jobs, so the "meant to run" case is built by hand. */
	JobExecutorHealthIndicator(ProcessEngine engine, boolean meantToRun) {
		this.engine = engine;
		this.meantToRun = meantToRun;
	}

	@Override
	public Health health() {
		if (!meantToRun) {
			return Health.up().withDetail("jobExecution", "disabled on this node").build();
		}
		JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
		boolean active = executor != null && executor.isActive();
		return (active ? Health.up() : Health.status(Readiness.DEGRADED)).withDetail("active", active).build();
	}
}
