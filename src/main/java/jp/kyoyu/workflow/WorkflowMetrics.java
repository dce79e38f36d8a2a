package jp.kyoyu.workflow;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jp.kyoyu.shared.AfterCommit;

/**
 * The workflow's business metrics (docs/monitoring.md):
 * <ul>
 * <li>{@code kyoyu_approval_step_duration_seconds{kind}}: from a step's task being created to its completion,
 * recorded when the completion commits (portal, Tasklist or REST alike: {@link StepListener} calls it);</li>
 * <li>{@code kyoyu_tasks_open} and {@code kyoyu_tasks_overdue} (due date passed): counted by the engine at each
 * scrape, across all projects;</li>
 * <li>{@code kyoyu_camunda_jobs_waiting}: jobs that could run but are still waiting {@link #JOB_WAITING} after
 * their due time; growing means the job executor is stuck or cannot keep up.</li>
 * </ul>
 */
@Component
class WorkflowMetrics {

	static final Duration JOB_WAITING = Duration.ofMinutes(5);

	private final MeterRegistry registry;

	private final TaskService tasks;

	private final ManagementService management;

	private final Clock clock;

	WorkflowMetrics(MeterRegistry registry, TaskService tasks, ManagementService management, Clock clock) {
		this.registry = registry;
		this.tasks = tasks;
		this.management = management;
		this.clock = clock;
		Gauge.builder("kyoyu.tasks.open", this, WorkflowMetrics::openTasks)
			.description("Open user tasks (approval, view, revision, post-review steps)").register(registry);
		Gauge.builder("kyoyu.tasks.overdue", this, WorkflowMetrics::overdueTasks)
			.description("Open user tasks whose due date has passed").register(registry);
		Gauge.builder("kyoyu.camunda.jobs.waiting", this, WorkflowMetrics::waitingJobs)
			.description("Executable jobs still waiting five minutes after their due time").register(registry);
	}

	/** A step ended; counted once the engine's transaction commits (a refused completion is not a step). */
	void stepCompleted(DelegateTask task, TaskKind kind) {
		Date created = task.getCreateTime();
		if (created == null) {
			return;
		}
		Duration took = Duration.between(created.toInstant(), clock.instant());
		AfterCommit.run(() -> Timer.builder("kyoyu.approval.step.duration")
			.description("From a workflow step's task being created to its completion")
			.tag("kind", kind.name())
			.register(registry)
			.record(took));
	}

	double openTasks() {
		return tasks.createTaskQuery().active().count();
	}

	double overdueTasks() {
		return tasks.createTaskQuery().active().dueBefore(Date.from(clock.instant())).count();
	}

	double waitingJobs() {
		return management.createJobQuery().executable()
			.duedateLowerThan(Date.from(clock.instant().minus(JOB_WAITING))).count();
	}
}
