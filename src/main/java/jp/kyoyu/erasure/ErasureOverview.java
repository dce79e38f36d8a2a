package jp.kyoyu.erasure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.project.ProjectContract;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.Wording;

/**
 * What the administrators' erasure page and the users' statement page list (issue #16): every project with its
 * erasure date and state, the users left without a project, and a user's own erased projects (certificates).
 * Reading only: every change goes through {@link ErasureManagement}, whose rules the page shares with the API.
 */
@Service
public class ErasureOverview {

	private final ErasureJobs jobs;

	private final ErasureManagement erasures;

	private final ErasureRunner runner;

	private final ProjectManagement projects;

	private final IdentityManagement identity;

	ErasureOverview(ErasureJobs jobs, ErasureManagement erasures, ErasureRunner runner, ProjectManagement projects,
			IdentityManagement identity) {
		this.jobs = jobs;
		this.erasures = erasures;
		this.runner = runner;
		this.projects = projects;
		this.identity = identity;
	}

	/**
	 * Every project (ADMIN READ): running erasures first (they need watching), then the scheduled ones by date, then
	 * the erased ones, newest first.
	 */
	public List<ErasureLine> projects(String userId) {
		requireAdministrationReader(userId);
		Map<Long, ErasureJob> byProject = jobs.all().stream()
			.collect(Collectors.toMap(ErasureJob::projectId, Function.identity()));
		List<ErasureLine> lines = new ArrayList<>();
		for (ProjectContract contract : projects.activeContracts()) {
			Optional<ErasureJob> job = Optional.ofNullable(byProject.remove(contract.id()));
			lines.add(scheduled(contract, job));
		}
		byProject.values().stream().filter(job -> job.status() != ErasureStatus.SCHEDULED).map(this::started)
			.forEach(lines::add);
		lines.sort(Comparator.comparingInt(ErasureOverview::rank)
			.thenComparing(line -> line.status() == ErasureStatus.ERASED ? null : line.erasureDate(),
					Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(ErasureLine::erasedAt, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(ErasureLine::projectName, Comparator.nullsLast(Comparator.naturalOrder())));
		return lines;
	}

	/** One project's line (ADMIN READ), for the page that changes its date or erases it. */
	public Optional<ErasureLine> project(long projectId, String userId) {
		requireAdministrationReader(userId);
		Optional<ErasureJob> job = jobs.find(projectId);
		if (job.isPresent() && job.get().status() != ErasureStatus.SCHEDULED) {
			return Optional.of(started(job.get()));
		}
		return projects.contract(projectId).map(contract -> scheduled(contract, job));
	}

	/**
	 * Enabled users, administrators aside, who were members of an erased project and are members of no project
	 * still in use (ADMIN READ): Kyoyu does not erase users, the administrator decides whether to disable them.
	 * A project being erased (frozen) no longer counts as in use.
	 */
	public List<UserAccount> usersLeftWithoutProject(String userId) {
		requireAdministrationReader(userId);
		Set<String> former = new LinkedHashSet<>();
		jobs.all().stream().filter(job -> job.status() == ErasureStatus.ERASED).forEach(job -> former.addAll(job.members()));
		Set<String> current = new HashSet<>();
		projects.activeContracts().forEach(contract -> current.addAll(contract.memberIds()));
		return former.stream()
			.filter(id -> !current.contains(id))
			.map(identity::find)
			.flatMap(Optional::stream)
			.filter(account -> account.enabled() && !account.isAdministrator())
			.sorted(Comparator.comparing(UserAccount::userId))
			.toList();
	}

	/** The erased projects the user was a member of, newest first: their certificates are theirs to download. */
	public List<ErasureLine> erasedProjectsOf(String userId) {
		return jobs.all().stream()
			.filter(job -> job.status() == ErasureStatus.ERASED && job.members().contains(userId))
			.map(this::started)
			.sorted(Comparator.comparing(ErasureLine::erasedAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	private ErasureLine scheduled(ProjectContract contract, Optional<ErasureJob> job) {
		LocalDate date = erasures.dateOf(contract, job);
		Long daysLeft = date == null ? null : Math.max(0, ChronoUnit.DAYS.between(erasures.today(), date));
		return new ErasureLine(contract.id(), contract.name(), contract.periodEnd(), date, ErasureStatus.SCHEDULED,
				daysLeft, job.map(ErasureJob::dateReason).orElse(null), 0, runner.stages().size(), null, null, false,
				null, null, false);
	}

	private ErasureLine started(ErasureJob job) {
		List<String> stages = runner.stages();
		List<String> done = stages.stream().filter(job.done()::contains).toList();
		return new ErasureLine(job.projectId(), job.projectName(), job.periodEnd(), job.erasureDate(), job.status(),
				null, job.dateReason(), done.size(), stages.size(), done.isEmpty() ? null : done.get(done.size() - 1),
				job.erasedAt(), "MANUAL".equals(job.method()), job.requestedBy(), erasures.certificateLastDay(job).orElse(null),
				erasures.certificateAvailable(job));
	}

	private static int rank(ErasureLine line) {
		return switch (line.status()) {
			case FROZEN, ERASING -> 0;
			case SCHEDULED -> 1;
			case ERASED -> 2;
		};
	}

	private void requireAdministrationReader(String userId) {
		if (!identity.find(userId).map(user -> user.level(Feature.ADMIN).allows(AccessLevel.READ)).orElse(false)) {
			throw new ForbiddenException(Wording.of(ErasureManagement.ADMINISTRATORS_ONLY));
		}
	}
}
