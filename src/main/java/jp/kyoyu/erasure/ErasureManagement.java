package jp.kyoyu.erasure;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.project.ProjectContract;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectSummary;
import jp.kyoyu.shared.ClusterOnce;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/**
 * Erasure dates, manual and automatic erasure, and certificates (issue #16). The rules: the date is the contract
 * end plus {@code kyoyu.erasure.retention-days} unless an administrator set another, never before the contract
 * end; only an administrator runs an erasure by hand, typing the project's name and a reason; the hourly sweep
 * erases projects whose date has come and continues erasures that stopped half-way.
 */
@Service
public class ErasureManagement {

	static final String ADMINISTRATORS_ONLY = "erasure.administrators-only";

	static final String NOT_FOUND = "erasure.project.not-found";

	/** As far ahead as the first notice: the home page shows the date from then on. */
	static final int SHOWN_AHEAD_DAYS = 30;

	private static final Logger log = LoggerFactory.getLogger(ErasureManagement.class);

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private final ErasureJobs jobs;

	private final ErasureNoticeLog notices;

	private final ErasureRunner runner;

	private final ErasureCertificate certificates;

	private final ProjectManagement projects;

	private final IdentityManagement identity;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final int retentionDays;

	private final int certificateDays;

	/** Manual erasures run here after the 202; one at a time is plenty for an operation done once a contract. */
	private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "erasure"));

	private final ClusterOnce once;

	ErasureManagement(ErasureJobs jobs, ErasureNoticeLog notices, ErasureRunner runner, ErasureCertificate certificates,
			ProjectManagement projects, IdentityManagement identity, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${kyoyu.erasure.retention-days:90}") int retentionDays,
			@Value("${kyoyu.erasure.certificate-days:365}") int certificateDays, ClusterOnce once) {
		this.once = once;
		this.jobs = jobs;
		this.notices = notices;
		this.runner = runner;
		this.certificates = certificates;
		this.projects = projects;
		this.identity = identity;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.retentionDays = retentionDays;
		this.certificateDays = certificateDays;
	}

	@PreDestroy
	void stop() {
		background.shutdownNow();
	}

	/** The project's erasure for its members and administrators; after it started, for former members too. */
	public ErasureView view(long projectId, String userId) {
		Optional<ErasureJob> job = jobs.find(projectId);
		if (job.isPresent() && job.get().status() != ErasureStatus.SCHEDULED) {
			requireFormerMemberOrAdministrator(job.get(), userId);
			ErasureJob started = job.get();
			// Once started, the date shown is the day it was erased (or began, while it runs).
			java.time.Instant day = started.erasedAt() != null ? started.erasedAt() : started.startedAt();
			return new ErasureView(projectId, day == null ? today() : day.atZone(JAPAN).toLocalDate(), started.status(),
					notices.of(projectId), started.periodEnd(), retentionDays, started.erasureDate() != null,
					jobs.contractCancelled(projectId));
		}
		projects.requireVisible(projectId, userId);
		ProjectContract contract = projects.contract(projectId).orElseThrow(() -> new NotFoundException(Wording.of(NOT_FOUND)));
		return new ErasureView(projectId, dateOf(contract, job), ErasureStatus.SCHEDULED, notices.of(projectId),
				contract.periodEnd(), retentionDays, job.map(j -> j.erasureDate() != null).orElse(false),
				job.isPresent() && jobs.contractCancelled(projectId));
	}

	/** Sets another erasure date (administrators); never before the contract end. */
	public ErasureView setDate(long projectId, LocalDate date, String reason, String userId) {
		return setDate(projectId, date, reason, null, userId);
	}

	/**
	 * Sets another erasure date (administrators); never before the contract end unless the contract is marked
	 * cancelled (issue #16). {@code cancelled} marks or unmarks it; {@code null} keeps the mark recorded before.
	 */
	public ErasureView setDate(long projectId, LocalDate date, String reason, Boolean cancelled, String userId) {
		requireAdministrator(userId);
		projects.requireVisible(projectId, userId);
		ProjectContract contract = projects.contract(projectId).orElseThrow(() -> new NotFoundException(Wording.of(NOT_FOUND)));
		if (date == null) {
			throw new ErasureRefused("erasureDate", Wording.of("erasure.date.missing"));
		}
		boolean contractCancelled = cancelled != null ? cancelled : jobs.contractCancelled(projectId);
		if (contract.periodEnd() != null && date.isBefore(contract.periodEnd()) && !contractCancelled) {
			throw new ErasureRefused("erasureDate", Wording.of("erasure.date.before-contract-end",
					contract.periodEnd()));
		}
		if (reason == null || reason.isBlank()) {
			throw new ErasureRefused("reason", Wording.of("erasure.date.reason-missing"));
		}
		transaction.executeWithoutResult(status -> {
			jobs.ensure(projectId);
			jobs.setDate(projectId, date, reason.strip());
			jobs.markCancelled(projectId, contractCancelled);
			events.publishEvent(new ErasureDateChanged(projectId, Wording.japanese(contractCancelled
					? "erasure.audit.date-changed-cancelled" : "erasure.audit.date-changed", date, reason.strip())));
		});
		return view(projectId, userId);
	}

	/**
	 * Starts the manual erasure (administrators): the typed name must be the project's and a reason is needed.
	 * Freezes the project before answering, then erases in the background; returns the job id (the project id).
	 * Run again on a project whose erasure stopped half-way, it continues it.
	 */
	public long run(long projectId, String confirmName, String reason, String userId) {
		requireAdministrator(userId);
		Optional<ErasureJob> job = jobs.find(projectId);
		boolean unfinished = job.isPresent()
				&& (job.get().status() == ErasureStatus.FROZEN || job.get().status() == ErasureStatus.ERASING);
		if (job.isPresent() && job.get().status() == ErasureStatus.ERASED) {
			throw new NotFoundException(Wording.of("erasure.already-erased"));
		}
		String name = unfinished ? job.get().projectName()
				: projects.contract(projectId).map(ProjectContract::name).orElseThrow(() -> new NotFoundException(Wording.of(NOT_FOUND)));
		if (confirmName == null || !confirmName.strip().equals(name)) {
			throw new ErasureRefused("confirmName", Wording.of("erasure.run.name-mismatch"));
		}
		if (reason == null || reason.isBlank()) {
			throw new ErasureRefused("reason", Wording.of("erasure.run.reason-missing"));
		}
		boolean claimed = unfinished ? runner.claimUnfinished(projectId)
				: runner.claimAndFreeze(projectId, "MANUAL", userId, reason.strip());
		if (!claimed) {
			throw new ErasureRefused("confirmName", Wording.of("erasure.run.already-running"));
		}
		background.execute(() -> runner.continueJob(projectId));
		return projectId;
	}

	/**
	 * Hourly: erases every project whose date has come and continues erasures left half-way (a failed step, a
	 * node killed). Several nodes may run it at once: the claims are single UPDATEs, so each job runs once.
	 */
	/** Once per cluster (issue #18): two nodes freezing the same project together would only fight over it. */
	@Scheduled(cron = "${kyoyu.erasure.sweep-cron:0 5 * * * *}")
	void scheduledSweep() {
		once.run("erasure.sweep", Duration.ofMinutes(50), Duration.ofMinutes(1), this::sweep);
	}

	public void sweep() {
		LocalDate today = today();
		Map<Long, ErasureJob> jobsByProject = jobs.byProject();
		for (ProjectContract contract : projects.activeContracts()) {
			LocalDate date = dateOf(contract, Optional.ofNullable(jobsByProject.get(contract.id())));
			if (date != null && !date.isAfter(today)) {
				attempt(contract.id(), () -> runner.claimAndFreeze(contract.id(), "AUTOMATIC", "system",
						Wording.japanese("erasure.run.automatic-reason", date)));
			}
		}
		for (long projectId : jobs.unfinished()) {
			attempt(projectId, () -> runner.claimUnfinished(projectId));
		}
	}

	/**
	 * The certificate PDF, for former members and administrators, once the project is erased and for
	 * {@code kyoyu.erasure.certificate-days} after that (issue #16: "for a stated period"); later 410.
	 */
	public byte[] certificate(long projectId, String userId) {
		ErasureJob job = jobs.find(projectId).filter(j -> j.status() == ErasureStatus.ERASED)
			.orElseThrow(() -> new NotFoundException(Wording.of("erasure.certificate.not-yet")));
		// ADMIN READ is enough: an auditor who sees the erasures on /admin/erasures may check the proof of each.
		requireFormerMemberOrAdministrationReader(job, userId);
		if (!certificateAvailable(job)) {
			throw new CertificateExpired(Wording.of("erasure.certificate.expired", certificateDays,
					certificateLastDay(job).orElseThrow()));
		}
		return certificates.pdf(job);
	}

	/** How many days after the erasure its certificate can be downloaded ({@code kyoyu.erasure.certificate-days}). */
	public int certificateDays() {
		return certificateDays;
	}

	/** The day (Japan) on which the certificate of an erased project can be downloaded for the last time. */
	Optional<LocalDate> certificateLastDay(ErasureJob job) {
		return Optional.ofNullable(job.erasedAt())
			.map(at -> at.plus(java.time.Duration.ofDays(certificateDays)).atZone(JAPAN).toLocalDate());
	}

	/** True while the certificate of an erased project can be downloaded: the one rule of the API and the pages. */
	boolean certificateAvailable(ErasureJob job) {
		return job.status() == ErasureStatus.ERASED && job.erasedAt() != null
				&& !clock.instant().isAfter(job.erasedAt().plus(java.time.Duration.ofDays(certificateDays)));
	}

	/**
	 * The certificate of an erased project, without an access check: for the mail to the 総括監督員 that
	 * {@link ErasureCertified} asks for (the recipients were chosen by this module). Empty if not erased.
	 */
	public Optional<IssuedCertificate> issued(long projectId) {
		return jobs.find(projectId).filter(job -> job.status() == ErasureStatus.ERASED)
			.map(job -> new IssuedCertificate(projectId, job.projectName(), job.erasedAt(), certificateDays,
					certificates.pdf(job)));
	}

	/**
	 * The user's projects whose erasure is at most {@link #SHOWN_AHEAD_DAYS} days away, soonest first: the home page
	 * shows them to every member from the 30-day notice on, so nobody learns of the date only from a mail.
	 */
	public List<ErasureAhead> aheadFor(String userId) {
		LocalDate today = today();
		// Two queries for all the user's projects, not two per project: this runs on every view of the home page.
		Map<Long, String> names = projects.projectsOf(userId).stream()
			.collect(Collectors.toMap(ProjectSummary::id, ProjectSummary::name, (a, b) -> a));
		Map<Long, ErasureJob> jobsByProject = jobs.byProject();
		return projects.contracts(names.keySet()).stream()
			.flatMap(contract -> Optional
				.ofNullable(dateOf(contract, Optional.ofNullable(jobsByProject.get(contract.id()))))
				.map(date -> new ErasureAhead(contract.id(), names.get(contract.id()), date,
						ChronoUnit.DAYS.between(today, date)))
				.stream())
			.filter(ahead -> ahead.daysLeft() >= 0 && ahead.daysLeft() <= SHOWN_AHEAD_DAYS)
			.sorted(Comparator.comparing(ErasureAhead::erasureDate))
			.toList();
	}

	/** The date the project will be erased, without an access check (for pages that checked it); empty if unknown. */
	Optional<LocalDate> scheduledDate(long projectId) {
		return projects.contract(projectId).map(contract -> dateOf(contract, jobs.find(projectId)));
	}

	/** The date with its basis (contract end + retention, or set by an administrator), without an access check. */
	Optional<jp.kyoyu.project.RetentionPlan> plan(long projectId) {
		Optional<ErasureJob> job = jobs.find(projectId);
		return projects.contract(projectId).flatMap(contract -> Optional.ofNullable(dateOf(contract, job))
			.map(date -> new jp.kyoyu.project.RetentionPlan(date, contract.periodEnd(), retentionDays,
					job.map(j -> j.erasureDate() != null).orElse(false),
					job.isPresent() && jobs.contractCancelled(projectId))));
	}

	private void attempt(long projectId, java.util.function.BooleanSupplier claim) {
		try {
			if (claim.getAsBoolean()) {
				runner.continueJob(projectId);
			}
		}
		catch (RuntimeException e) {
			log.error("Automatic erasure of project {} failed; the next sweep continues it", projectId, e);
		}
	}

	/** How many days after the contract end a project is erased unless an administrator set another date. */
	public int retentionDays() {
		return retentionDays;
	}

	LocalDate dateOf(ProjectContract contract, Optional<ErasureJob> job) {
		return job.map(ErasureJob::erasureDate)
			.orElse(contract.periodEnd() == null ? null : contract.periodEnd().plusDays(retentionDays));
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(JAPAN));
	}

	private void requireAdministrator(String userId) {
		if (!identity.find(userId).map(UserAccount::isAdministrator).orElse(false)) {
			throw new ForbiddenException(Wording.of(ADMINISTRATORS_ONLY));
		}
	}

	private void requireFormerMemberOrAdministrationReader(ErasureJob job, String userId) {
		if (!job.members().contains(userId) && !identity.find(userId)
			.map(user -> user.level(Feature.ADMIN).allows(AccessLevel.READ))
			.orElse(false)) {
			throw new NotFoundException(Wording.of(NOT_FOUND));
		}
	}

	private void requireFormerMemberOrAdministrator(ErasureJob job, String userId) {
		if (!job.members().contains(userId) && !identity.find(userId).map(UserAccount::isAdministrator).orElse(false)) {
			throw new NotFoundException(Wording.of(NOT_FOUND));
		}
	}
}
