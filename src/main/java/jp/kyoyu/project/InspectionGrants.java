package jp.kyoyu.project;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/**
 * Inspectors (検査員, 本文5): users who are not members but may read a project's documents during an inspection
 * period that its 総括監督員 or an administrator granted. No job ends a grant: every check compares the period with
 * today (in Japan, where the period's days are meant).
 */
@Component
class InspectionGrants {

	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	/** A grant reaches this far at most: an inspection is a matter of weeks, not an open door. */
	static final int LONGEST_DAYS = 366;

	private final InspectionGrantRepository grants;

	private final IdentityManagement identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Each access is recorded in a transaction of its own: the reads it records run in read-only ones. */
	private final TransactionTemplate ownTransaction;

	InspectionGrants(InspectionGrantRepository grants, IdentityManagement identity, ApplicationEventPublisher events,
			Clock clock, PlatformTransactionManager transactions) {
		this.grants = grants;
		this.identity = identity;
		this.events = events;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(JAPAN));
	}

	/** Whether the user may grant and revoke inspections: the project's 総括監督員 or an administrator. */
	boolean mayGrant(Project project, String userId) {
		return project.member(userId).map(member -> member.role() == ProjectRole.GENERAL_SUPERVISOR).orElse(false)
				|| identity.find(userId).map(UserAccount::isAdministrator).orElse(false);
	}

	void requireGrantor(Project project, String userId) {
		if (!mayGrant(project, userId)) {
			throw new ForbiddenException(Wording.of("project.inspection.grantors-only"));
		}
	}

	InspectionGrantView grant(Project project, String inspectorUserId, LocalDate from, LocalDate to, String actor) {
		List<FieldProblem> problems = new ArrayList<>();
		String userId = inspectorUserId == null ? "" : inspectorUserId.strip();
		Optional<UserAccount> user = userId.isEmpty() ? Optional.empty() : identity.find(userId);
		if (userId.isEmpty()) {
			problems.add(new FieldProblem("userId", Wording.of("project.inspection.user-missing")));
		}
		else if (user.isEmpty()) {
			problems.add(new FieldProblem("userId", Wording.of("project.member.unknown-user", userId)));
		}
		else if (project.member(userId).isPresent()) {
			problems.add(new FieldProblem("userId", Wording.of("project.inspection.already-member", user.get().name())));
		}
		if (from == null) {
			problems.add(new FieldProblem("validFrom", Wording.of("project.inspection.from-missing")));
		}
		if (to == null) {
			problems.add(new FieldProblem("validTo", Wording.of("project.inspection.to-missing")));
		}
		if (from != null && to != null) {
			if (to.isBefore(from)) {
				problems.add(new FieldProblem("validTo", Wording.of("project.inspection.to-before-from")));
			}
			else if (from.plusDays(LONGEST_DAYS).isBefore(to)) {
				problems.add(new FieldProblem("validTo", Wording.of("project.inspection.too-long", LONGEST_DAYS)));
			}
			else if (to.isBefore(today())) {
				problems.add(new FieldProblem("validTo", Wording.of("project.inspection.past")));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		InspectionGrant grant = grants.save(new InspectionGrant(project.id(), user.get().userId(), from, to, actor,
				clock.instant()));
		events.publishEvent(new InspectionGranted(project.id(), grant.userId(), from, to));
		return view(grant, user.get().name());
	}

	void revoke(Project project, long grantId) {
		InspectionGrant grant = grants.findById(grantId)
			.filter(found -> found.projectId() == project.id())
			.orElseThrow(() -> new NotFoundException(Wording.of("project.inspection.not-found")));
		grants.delete(grant);
		events.publishEvent(new InspectionRevoked(project.id(), grant.userId(), grant.validFrom(), grant.validTo()));
	}

	List<InspectionGrantView> of(long projectId) {
		return grants.findByProjectIdOrderByValidFromAscIdAsc(projectId).stream()
			.map(grant -> view(grant, nameOf(grant.userId())))
			.toList();
	}

	List<InspectionGrant> ofUser(String userId) {
		return grants.findByUserIdOrderByValidFromAscIdAsc(userId);
	}

	/** The user's grants on the project; empty for anybody who was never made its inspector. */
	List<InspectionGrant> on(long projectId, String userId) {
		return grants.findByProjectIdAndUserId(projectId, userId);
	}

	boolean activeOn(long projectId, String userId) {
		LocalDate today = today();
		return on(projectId, userId).stream().anyMatch(grant -> grant.coversDay(today));
	}

	/**
	 * The refusal for an inspector who reached a path that is not theirs: 403 with the reason (read only, or the
	 * period), instead of the 404 of an outsider, because they know the project exists.
	 */
	Optional<ForbiddenException> refusal(long projectId, String userId) {
		List<InspectionGrant> own = on(projectId, userId);
		if (own.isEmpty()) {
			return Optional.empty();
		}
		LocalDate today = today();
		if (own.stream().anyMatch(grant -> grant.coversDay(today))) {
			return Optional.of(new ForbiddenException(Wording.of("project.inspection.read-only")));
		}
		String periods = own.stream().map(grant -> grant.validFrom() + "〜" + grant.validTo())
			.reduce((a, b) -> a + "、" + b).orElse("");
		return Optional.of(new ForbiddenException(Wording.of("project.inspection.outside-period", periods)));
	}

	/** Records one read of an inspector, with the page or API path it came through. */
	void recordAccess(long projectId, String userId) {
		String what = "";
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			what = attributes.getRequest().getMethod() + " " + attributes.getRequest().getRequestURI();
		}
		String detail = what;
		ownTransaction.executeWithoutResult(status -> events.publishEvent(new InspectionAccessed(projectId, userId,
				detail)));
	}

	private String nameOf(String userId) {
		return identity.find(userId).map(UserAccount::name).orElseGet(() -> Wording.of("project.user.deleted"));
	}

	private InspectionGrantView view(InspectionGrant grant, String name) {
		return new InspectionGrantView(grant.id(), grant.projectId(), grant.userId(), name, grant.validFrom(),
				grant.validTo(), grant.grantedBy(), grant.coversDay(today()));
	}
}
