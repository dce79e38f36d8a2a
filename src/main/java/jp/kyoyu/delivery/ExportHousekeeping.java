package jp.kyoyu.delivery;

import java.io.IOException;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jp.kyoyu.delivery.ExportProblem.Kind;
import jp.kyoyu.shared.Wording;

/**
 * Jobs a restart interrupted are marked failed (their threads are gone), and results past
 * {@code kyoyu.delivery.keep} are deleted hourly: exports are copies, the documents stay in Kyoyu.
 */
@Component
class ExportHousekeeping {

	private static final Logger LOG = LoggerFactory.getLogger(ExportHousekeeping.class);

	private final ExportJobRepository jobs;

	private final ExportJobs results;

	private final DeliverySettings settings;

	private final Clock clock;

	ExportHousekeeping(ExportJobRepository jobs, ExportJobs results, DeliverySettings settings, Clock clock) {
		this.jobs = jobs;
		this.results = results;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void failInterrupted() {
		for (ExportJob job : jobs.findByStatus(ExportStatus.RUNNING)) {
			results.finish(job, ExportStatus.FAILED, java.util.List.of(new ExportProblem(Kind.FAILURE,
					Wording.japanese("delivery.check.where.export"), Wording.japanese("delivery.check.interrupted"))), null, null);
		}
	}

	@Scheduled(cron = "0 43 * * * *")
	void deleteOldResults() {
		for (ExportJob job : jobs.findByCreatedAtBefore(clock.instant().minus(settings.keep()))) {
			try {
				ExportOutput.deleteTree(ExportOutput.jobDirectory(settings, job.id()));
			}
			catch (IOException e) {
				LOG.warn("could not delete the result of export {}", job.id(), e);
			}
		}
	}
}
