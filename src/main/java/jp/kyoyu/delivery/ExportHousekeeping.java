package jp.kyoyu.delivery;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jp.kyoyu.delivery.ExportProblem.Kind;
import jp.kyoyu.shared.ClusterOnce;
import jp.kyoyu.shared.TempFiles;
import jp.kyoyu.shared.Wording;

/**
 * Jobs whose node stopped (a restart, a crash) are marked failed once no node has touched them for
 * {@link #ABANDONED} (their threads are gone; jobs another node runs stay), and results past
 * {@code kyoyu.delivery.keep} are deleted hourly: exports are copies, the documents stay in Kyoyu. At start and
 * hourly the export directory is swept of work nobody can download (docs/durability.md): half-written results of
 * failed jobs and directories no job row names.
 */
@Component
class ExportHousekeeping {

	private static final Logger LOG = LoggerFactory.getLogger(ExportHousekeeping.class);

	private final ExportJobRepository jobs;

	private final ExportJobs results;

	private final DeliverySettings settings;

	private final Clock clock;

	private final ClusterOnce once;

	private final ResultStore stored;

	ExportHousekeeping(ExportJobRepository jobs, ExportJobs results, DeliverySettings settings, Clock clock, ClusterOnce once,
			ResultStore stored) {
		this.stored = stored;
		this.once = once;
		this.jobs = jobs;
		this.results = results;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A directory no job row names is left alone this long: the runner creates it only for a committed job, so
	 * this is a margin for clocks and shared volumes, not a wait for anything.
	 */
	static final Duration ORPHAN_AGE = Duration.ofHours(1);

	/**
	 * A running job nobody has touched for this long lost its node (a crash, a kill, a restart): its thread is gone.
	 * Four missed heartbeats, so a node slowed by a long garbage collection or a busy database is not taken for dead.
	 */
	static final Duration ABANDONED = ExportRunner.HEARTBEAT.multipliedBy(4);

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		failAbandoned(clock.instant());
		sweepWork(clock.instant());
	}

	/** Every minute, once per cluster: the jobs of a node that died are failed within about three minutes. */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void everyMinute() {
		once.run("delivery.abandoned", Duration.ofSeconds(50), Duration.ZERO, () -> failAbandoned(clock.instant()));
	}

	/**
	 * Fails the running jobs whose node has given no sign since {@link #ABANDONED} before {@code now}; the jobs
	 * other nodes are running stay (issue #18: a node's start used to fail every running export, a rolling upgrade
	 * included). Answers how many were failed.
	 */
	int failAbandoned(Instant now) {
		int failed = 0;
		for (ExportJob job : jobs.findByStatus(ExportStatus.RUNNING)) {
			if (job.lastSign().isBefore(now.minus(ABANDONED))) {
				results.finish(job, ExportStatus.FAILED, java.util.List.of(new ExportProblem(Kind.FAILURE,
						Wording.japanese("delivery.check.where.export"), Wording.japanese("delivery.check.interrupted"))), null, null);
				failed++;
			}
		}
		return failed;
	}

	/** Once per cluster (issue #18): the results are shared by the nodes (a shared directory or the bucket). */
	@Scheduled(cron = "0 43 * * * *")
	void hourly() {
		once.run("delivery.housekeeping", Duration.ofMinutes(50), Duration.ofMinutes(1), () -> {
			deleteOldResults();
			sweepWork(clock.instant());
		});
	}

	/**
	 * Deletes the directories of failed jobs (a failed job offers no download, whatever it wrote is a fragment)
	 * and those no job row names, untouched since {@link #ORPHAN_AGE} before {@code now}. Answers how many went.
	 */
	int sweepWork(Instant now) {
		int deleted = 0;
		for (Path entry : TempFiles.entries(settings.directory())) {
			Optional<ExportJob> job = jobId(entry).flatMap(jobs::findById);
			try {
				if (job.map(found -> found.status() == ExportStatus.FAILED).orElse(false)) {
					ExportOutput.deleteTree(entry);
					deleted++;
				}
				else if (job.isEmpty() && TempFiles.deleteIfUntouchedSince(entry, now.minus(ORPHAN_AGE))) {
					deleted++;
				}
			}
			catch (IOException | RuntimeException e) {
				LOG.warn("could not sweep {} from the export directory", entry, e);
			}
		}
		// In the bucket (kind=s3): results of failed jobs and of jobs no row names any more.
		deleted += stored.sweep(id -> jobs.findById(id).map(found -> found.status() == ExportStatus.FAILED).orElse(true),
				now.minus(ORPHAN_AGE));
		if (deleted > 0) {
			LOG.info("Removed {} abandoned export directories and results", deleted);
		}
		return deleted;
	}

	private static Optional<Long> jobId(Path entry) {
		String name = entry.getFileName().toString();
		return name.matches("[0-9]{1,18}") ? Optional.of(Long.valueOf(name)) : Optional.empty();
	}

	/**
	 * Deletes the results of the finished jobs requested before {@code kyoyu.delivery.keep} and marks each job so,
	 * so that it is not selected again: each old job's directory and objects are deleted once, not listed in the
	 * bucket every hour for ever. Answers how many jobs' results went.
	 */
	int deleteOldResults() {
		int deleted = 0;
		for (ExportJob job : jobs.findResultsToDelete(clock.instant().minus(settings.keep()))) {
			try {
				stored.delete(job.id());
				jobs.resultsDeleted(job.id(), clock.instant());
				deleted++;
			}
			catch (IOException | RuntimeException e) {
				// one result that cannot go (the store away) does not keep the others; the next round tries again
				LOG.warn("could not delete the result of export {}", job.id(), e);
			}
		}
		return deleted;
	}
}
