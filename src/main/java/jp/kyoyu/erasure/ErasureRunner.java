package jp.kyoyu.erasure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoyu.project.ErasedItems;
import jp.kyoyu.project.ProjectErasure;
import jp.kyoyu.project.ProjectContract;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectRole;
import jp.kyoyu.shared.AuditScrubRequested;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.storage.FileStore;
import jp.kyoyu.storage.StoredFile;

/**
 * The one code path of every erasure, manual or automatic. Each stage commits on its own and is recorded in
 * {@code erasure_job} before the next starts: FROZEN (project hidden), then one transaction per module step
 * (its rows, plus the files and audit targets it names, plus "step done"), then the files, then the project's
 * file key (issue #16: every copy of its files in any backup becomes unreadable), then the audit scrub, the
 * certificate data and ERASED together. A failure or a killed node leaves the job where it stopped; whoever
 * claims it next (the sweep, a restart, the administrator again) continues with the first step not done.
 */
@Component
class ErasureRunner {

	private static final Logger log = LoggerFactory.getLogger(ErasureRunner.class);

	/** Longer than any erasure takes; a job whose node died is taken over after this. */
	static final Duration LEASE = Duration.ofMinutes(30);

	static final String FILES_STEP = "files";

	static final String KEY_STEP = "key";

	/** Stage names of {@link StageFault} besides the steps and {@link #FILES_STEP}. */
	static final String FROZEN_STAGE = "frozen";

	static final String FINISH_STAGE = "finish";

	/**
	 * Test seam (no-op in production): called after each stage has committed, and inside the last transaction
	 * before it commits, so a test in this package can stop the erasure dead there, as a killed node would.
	 */
	interface StageFault {

		StageFault NONE = (projectId, stage) -> {
		};

		void after(long projectId, String stage);
	}

	private volatile StageFault fault = StageFault.NONE;

	private final ErasureJobs jobs;

	private final ErasureNoticeLog notices;

	private final List<ProjectErasure> steps;

	private final ProjectManagement projects;

	private final FileStore files;

	private final ErasureCertificate certificates;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	/** How long the oldest backup is kept: the certificate states when the last one holding the project expires. */
	private final Duration backupRetention;

	ErasureRunner(ErasureJobs jobs, ErasureNoticeLog notices, List<ProjectErasure> steps, ProjectManagement projects,
			FileStore files, ErasureCertificate certificates, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock, @Value("${kyoyu.erasure.backup-retention:P35D}") Duration backupRetention) {
		if (backupRetention.isNegative()) {
			throw new IllegalArgumentException("kyoyu.erasure.backup-retention must not be negative: " + backupRetention);
		}
		this.backupRetention = backupRetention;
		this.jobs = jobs;
		this.notices = notices;
		this.steps = steps.stream().sorted(Comparator.comparingInt(ProjectErasure::order)).toList();
		this.projects = projects;
		this.files = files;
		this.certificates = certificates;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Claims a SCHEDULED project (only one caller wins) and freezes it, in one transaction. False if another
	 * caller got it first or the project is gone.
	 */
	boolean claimAndFreeze(long projectId, String method, String by, String reason) {
		return Boolean.TRUE.equals(transaction.execute(status -> {
			jobs.ensure(projectId);
			Instant now = clock.instant();
			if (!jobs.claimScheduled(projectId, method, by, reason, now, now.plus(LEASE))) {
				return false;
			}
			// Asked before the freeze: the memberships (and who is 総括監督員) are gone when the certificate is mailed.
			List<String> generalSupervisors = generalSupervisorsOf(projectId);
			var contract = projects.freeze(projectId).orElseThrow(() -> new NotFoundException(Wording.of("erasure.project.gone")));
			jobs.frozen(projectId, contract.name(), contract.periodStart(), contract.periodEnd(),
					String.join(",", contract.memberIds()), String.join(",", generalSupervisors));
			return true;
		}));
	}

	private List<String> generalSupervisorsOf(long projectId) {
		return projects.contract(projectId).map(ProjectContract::memberIds).orElse(List.of()).stream()
			.filter(id -> projects.roleOf(projectId, id).filter(ProjectRole.GENERAL_SUPERVISOR::equals).isPresent())
			.toList();
	}

	/** Takes over an unfinished job whose lease ran out; false if someone else holds it. */
	boolean claimUnfinished(long projectId) {
		Instant now = clock.instant();
		return Boolean.TRUE.equals(transaction.execute(status -> jobs.claimUnfinished(projectId, now, now.plus(LEASE))));
	}

	/**
	 * The stages of an erasure, in order: every module step, then the files, then the key (what a running job's
	 * progress counts).
	 */
	List<String> stages() {
		List<String> stages = new ArrayList<>(steps.stream().map(ProjectErasure::step).toList());
		stages.add(FILES_STEP);
		stages.add(KEY_STEP);
		return stages;
	}

	/** Arms {@link StageFault} (tests only); {@link StageFault#NONE} disarms it. */
	void fault(StageFault fault) {
		this.fault = fault;
	}

	/** Runs the claimed job from its first step not done to ERASED. On failure the lease is given up at once. */
	void continueJob(long projectId) {
		try {
			fault.after(projectId, FROZEN_STAGE);
			transaction.executeWithoutResult(status -> jobs.status(projectId, ErasureStatus.ERASING));
			for (ProjectErasure step : steps) {
				transaction.executeWithoutResult(status -> runStep(projectId, step));
				fault.after(projectId, step.step());
			}
			transaction.executeWithoutResult(status -> releaseFiles(projectId));
			fault.after(projectId, FILES_STEP);
			transaction.executeWithoutResult(status -> destroyKey(projectId));
			fault.after(projectId, KEY_STEP);
			transaction.executeWithoutResult(status -> finish(projectId));
			log.info("Project {} erased", projectId);
		}
		catch (RuntimeException e) {
			log.error("Erasure of project {} stopped; the next run continues it", projectId, e);
			transaction.executeWithoutResult(status -> jobs.releaseLease(projectId));
			throw e;
		}
	}

	private void runStep(long projectId, ProjectErasure step) {
		ErasureJob job = jobs.find(projectId).orElseThrow();
		if (job.done().contains(step.step())) {
			return;
		}
		ErasedItems erased = step.erase(projectId);
		jobs.addItems(projectId, "FILE", erased.fileIds().stream().map(String::valueOf).toList());
		jobs.addItems(projectId, "AUDIT", erased.auditTargets());
		Map<String, Long> counts = job.countMap();
		new java.util.TreeMap<>(erased.counts()).forEach((kind, count) -> counts.merge(kind, count, Long::sum));
		jobs.stepDone(projectId, done(job, step.step()), ErasureJob.countsText(counts));
	}

	private void releaseFiles(long projectId) {
		ErasureJob job = jobs.find(projectId).orElseThrow();
		if (job.done().contains(FILES_STEP)) {
			return;
		}
		long count = 0;
		long bytes = 0;
		for (String id : new LinkedHashSet<>(jobs.items(projectId, "FILE"))) {
			long fileId = Long.parseLong(id);
			try {
				StoredFile file = files.get(fileId);
				count++;
				bytes += file.size();
			}
			catch (NotFoundException e) {
				continue; // released before (an upload never claimed and already cleaned up)
			}
			files.release(fileId);
		}
		jobs.files(projectId, count, bytes);
		jobs.stepDone(projectId, done(job, FILES_STEP), job.counts());
	}

	/**
	 * Destroys the project's file key and deletes its objects, recording when, in one transaction with "step
	 * done". Resumable: after a crash the key is already gone and this records the time of the second attempt.
	 */
	private void destroyKey(long projectId) {
		ErasureJob job = jobs.find(projectId).orElseThrow();
		if (job.done().contains(KEY_STEP)) {
			return;
		}
		files.destroyProjectKey(projectId);
		// Whole seconds, like the erasure time: it is part of the certificate's hashed data.
		jobs.keyDestroyed(projectId, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		jobs.stepDone(projectId, done(job, KEY_STEP), job.counts());
	}

	private void finish(long projectId) {
		ErasureJob job = jobs.find(projectId).orElseThrow();
		List<String> targets = new ArrayList<>(jobs.items(projectId, "AUDIT"));
		jobs.items(projectId, "FILE").forEach(id -> targets.add("file:" + id));
		events.publishEvent(new AuditScrubRequested(targets));
		jobs.clearItems(projectId);
		jobs.deletePublications(projectId);
		notices.forget(projectId);
		// Whole seconds: the certificate's data must read back exactly as hashed, on any database.
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		java.time.LocalDate backupsExpireOn = ErasureCertificate.day(now.plus(backupRetention));
		String sha256 = certificates.sha256(job, now, backupsExpireOn);
		jobs.erased(projectId, now, backupsExpireOn, sha256);
		Map<String, Long> counts = new LinkedHashMap<>(job.countMap());
		String by = "MANUAL".equals(job.method()) ? job.requestedBy() : "system";
		events.publishEvent(new ProjectErased(projectId, by, Wording.japanese("erasure.audit.erased",
				ErasureCertificate.method(job), job.runReason(), counts, job.filesCount(), job.filesBytes(), sha256)));
		// After deletePublications above, so this publication (it names the project id) is not swept away with them.
		events.publishEvent(new ErasureCertified(projectId, job.generalSupervisorIds()));
		fault.after(projectId, FINISH_STAGE);
	}

	private static String done(ErasureJob job, String step) {
		Set<String> done = new LinkedHashSet<>(job.done());
		done.add(step);
		return String.join(",", done);
	}
}
