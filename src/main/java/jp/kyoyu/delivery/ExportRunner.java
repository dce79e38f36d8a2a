package jp.kyoyu.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import jp.kyoyu.delivery.ExportProblem.Kind;
import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.Wording;

/**
 * Runs export jobs in the background, two at a time (a 5 GB export is disk-bound; more would only compete),
 * on threads of its own rather than the application's shared executor. Progress goes to the job row as the
 * bytes are written; the end state and the checker's list when the job is done.
 */
@Component
class ExportRunner {

	private static final Logger LOG = LoggerFactory.getLogger(ExportRunner.class);

	private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "export-" + System.nanoTime());
		thread.setDaemon(true);
		return thread;
	});

	private final ExportJobRepository jobs;

	private final ExportSource source;

	private final ProjectManagement projects;

	private final DeliveryProfiles profiles;

	private final DeliverySettings settings;

	private final ExportJobs results;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ExportMetrics metrics;

	private final ResultStore stored;

	ExportRunner(ExportJobRepository jobs, ExportSource source, ProjectManagement projects, DeliveryProfiles profiles,
			DeliverySettings settings, ExportJobs results, ApplicationEventPublisher events, Clock clock,
			ExportMetrics metrics, ResultStore stored) {
		this.stored = stored;
		this.metrics = metrics;
		this.jobs = jobs;
		this.source = source;
		this.projects = projects;
		this.profiles = profiles;
		this.settings = settings;
		this.results = results;
		this.events = events;
		this.clock = clock;
	}

	/** How often this node says it still holds its jobs; {@link ExportHousekeeping#ABANDONED} is a few of these. */
	static final java.time.Duration HEARTBEAT = java.time.Duration.ofSeconds(30);

	/** Jobs this node has accepted and not finished: queued for the two threads or running. */
	private final java.util.Set<Long> held = java.util.concurrent.ConcurrentHashMap.newKeySet();

	void submit(long jobId) {
		held.add(jobId);
		executor.submit(() -> {
			try {
				run(jobId);
			}
			finally {
				held.remove(jobId);
			}
		});
	}

	/**
	 * With several nodes (issue #18) a starting node must not fail the exports another node is running, and an
	 * export of a node that died must not stay "running" for ever: each node touches the rows of the jobs it holds,
	 * and housekeeping fails only the jobs nobody has touched for a while.
	 */
	@org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
	void beat() {
		if (!held.isEmpty()) {
			jobs.beat(java.util.Set.copyOf(held), clock.instant());
		}
	}

	/** For the test of the beat only: a job as if this node had accepted it. */
	void hold(long jobId) {
		held.add(jobId);
	}

	void release(long jobId) {
		held.remove(jobId);
	}

	private void run(long jobId) {
		ExportJob job = jobs.findById(jobId).orElseThrow();
		List<ExportProblem> problems = new ArrayList<>();
		long started = System.nanoTime();
		try {
			ProjectDetails project = projects.get(job.projectId(), job.requestedBy());
			ExportTree tree = source.tree(job.projectId(), ExportJobs.folderIds(job.folderIds()), job.requestedBy());
			Deliverable deliverable = null;
			long total = tree.totalBytes();
			if (job.kind() == ExportKind.DELIVERABLE) {
				deliverable = Deliverable.prepare(profiles.forKind(project.kind()), profiles, project, tree);
				problems.addAll(deliverable.problems());
				List<ExportProblem> blocking = problems.stream().filter(ExportProblem::blocking).toList();
				if (!blocking.isEmpty() && job.overrideReason() == null) {
					results.finish(job, ExportStatus.FAILED, problems, null, null);
					metrics.finished(job.kind(), ExportStatus.FAILED, since(started), 0);
					return;
				}
				if (!blocking.isEmpty()) {
					events.publishEvent(new DeliverableCheckOverridden(jobId, job.projectId(), job.requestedBy(),
							job.overrideReason(), blocking.size()));
				}
				total = deliverable.totalBytes();
			}
			Progress progress = progress(jobId, total);
			String result = write(job, project, tree, deliverable, progress);
			String name = job.destination() == ExportDestination.DOWNLOAD ? ExportOutput.downloadName(project, job.kind(), clock)
					: result;
			results.finish(job, ExportStatus.DONE, problems, name, result);
			metrics.finished(job.kind(), ExportStatus.DONE, since(started), total);
		}
		catch (Exception e) {
			LOG.warn("export {} failed", jobId, e);
			problems.add(new ExportProblem(Kind.FAILURE, Wording.japanese("delivery.check.where.export"), failure(e)));
			results.finish(job, ExportStatus.FAILED, problems, null, null);
			metrics.finished(job.kind(), ExportStatus.FAILED, since(started), 0);
		}
	}

	private static java.time.Duration since(long startedNanos) {
		return java.time.Duration.ofNanos(System.nanoTime() - startedNanos);
	}

	/** Writes the result; answers its path (relative to the job directory, or the media directory). */
	private String write(ExportJob job, ProjectDetails project, ExportTree tree, Deliverable deliverable,
			Progress progress) throws java.io.IOException {
		Path jobDir = Files.createDirectories(ExportOutput.jobDirectory(settings, job.id()));
		boolean download = job.destination() == ExportDestination.DOWNLOAD;
		Path media = download ? null : ExportOutput.mediaDirectory(settings, project, job.kind(), job.id(), clock);
		if (job.kind() == ExportKind.INSPECTION) {
			Path site = jobDir.resolve("site");
			try (DirectorySink sink = new DirectorySink(site)) {
				InspectionPackage.write(project.name(), tree, sink, clock, progress);
			}
			try (ExportSink sink = download ? new ZipSink(jobDir.resolve("result.zip")) : new DirectorySink(media)) {
				ExportOutput.copyTree(site, sink);
			}
		}
		else {
			try (ExportSink sink = download ? new ZipSink(jobDir.resolve("result.zip")) : new DirectorySink(media)) {
				if (deliverable != null) {
					deliverable.write(sink, progress);
				}
				else {
					RegisteredLayout layout = new RegisteredLayout();
					layout.write(layout.plan(tree, ""), sink, progress);
				}
			}
		}
		if (job.kind() == ExportKind.INSPECTION) {
			stored.keepSite(job, jobDir.resolve("site"));
		}
		if (download) {
			stored.keep(job, jobDir.resolve(ResultStore.RESULT));
		}
		return download ? ResultStore.RESULT : settings.mediaDirectory().toRealPath().relativize(media).toString();
	}

	private Progress progress(long jobId, long total) {
		long[] done = { 0 };
		AtomicInteger reported = new AtomicInteger();
		return bytes -> {
			done[0] += bytes;
			int percent = total <= 0 ? 99 : (int) Math.min(99, done[0] * 100 / total);
			if (percent > reported.get()) {
				reported.set(percent);
				jobs.updateProgress(jobId, percent);
			}
		};
	}

	private static String failure(Throwable e) {
		if (e instanceof jp.kyoyu.shared.NotFoundException notFound) {
			return notFound.getMessage();
		}
		if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
			return Wording.japanese("delivery.check.write-failed", e.getMessage());
		}
		return Wording.japanese("delivery.check.failed", e.getClass().getSimpleName());
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
