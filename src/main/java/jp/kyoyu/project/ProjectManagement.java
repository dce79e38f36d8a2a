package jp.kyoyu.project;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.StaleVersionException;
import jp.kyoyu.shared.Wording;

/**
 * Projects and their members (C1.1-C1.3, S1, C8.2). Every method takes the acting user and applies the
 * access rules of docs/modules/project.md: members see a project, nobody else learns it exists; the
 * agency's supervisors manage members; system administrators set projects up and see them all.
 */
@Service
@Transactional
public class ProjectManagement {

	/** Key of the refusal also shown by the pages before a contractor even sees the form. */
	public static final String CREATORS_ONLY = "project.creators-only";

	private static final Comparator<ProjectListing> LIST_ORDER = Comparator
		.comparingInt(ProjectListing::fiscalYear).reversed()
		.thenComparing(ProjectListing::name)
		.thenComparingLong(ProjectListing::id);

	private final ProjectRepository projects;

	private final ProjectMemberRepository memberships;

	private final ProjectAccess access;

	private final ProjectMembership membership;

	private final ProjectDeletionRule deletionRule;

	private final InspectionGrants inspections;

	private final IdentityManagement identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProjectManagement(ProjectRepository projects, ProjectMemberRepository memberships, ProjectAccess access,
			ProjectMembership membership, ProjectDeletionRule deletionRule, InspectionGrants inspections,
			IdentityManagement identity, ApplicationEventPublisher events, Clock clock) {
		this.inspections = inspections;
		this.projects = projects;
		this.memberships = memberships;
		this.access = access;
		this.membership = membership;
		this.deletionRule = deletionRule;
		this.identity = identity;
		this.events = events;
		this.clock = clock;
	}

	/** Registers a project; an agency user becomes its 総括監督員 (administrators set up without joining). */
	public ProjectDetails create(ProjectInput input, String actingUserId) {
		return create(input, null, actingUserId);
	}

	/**
	 * Registers a project. A creator who is not an administrator joins it in {@code creatorRole} (default
	 * {@link ProjectRole#defaultCreatorRole()}), so it is never an orphan nobody can see; an administrator joins
	 * only when a role is given.
	 */
	public ProjectDetails create(ProjectInput input, ProjectRole creatorRole, String actingUserId) {
		UserAccount actor = identity.find(actingUserId)
			.filter(user -> user.isAdministrator() || user.side() == Side.AGENCY)
			.orElseThrow(() -> new ForbiddenException(Wording.of(CREATORS_ONLY)));
		ProjectInput clean = ProjectInputRules.normalize(input);
		List<FieldProblem> problems = new ArrayList<>(ProjectInputRules.problems(clean, clean.kind()));
		ProjectRole role = creatorRole != null || actor.isAdministrator() ? creatorRole
				: ProjectRole.defaultCreatorRole();
		if (role != null && role.side() != actor.side()) {
			problems.add(new FieldProblem("creatorRole",
					Wording.of("project.creator-role.wrong-side", Wording.of("project.side." + actor.side().name()))));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Project project = new Project(clean.kind(), clean, clock.instant());
		if (role != null) {
			project.addMember(actor.userId(), role, clock.instant());
		}
		projects.save(project);
		events.publishEvent(new ProjectCreated(project.id(), project.name(), project.kind()));
		if (role != null) {
			events.publishEvent(new ProjectMemberAdded(project.id(), actor.userId(), role));
		}
		return project.details(membership.views(project));
	}

	/** Replaces the basic info; any member may. The kind cannot change. */
	public ProjectDetails update(long id, ProjectInput input, String actingUserId) {
		return update(id, null, input, actingUserId);
	}

	/** {@link #update} refused with {@link StaleVersionException} unless the project is still at {@code version}. */
	public ProjectDetails update(long id, Long version, ProjectInput input, String actingUserId) {
		Project project = access.visible(id, actingUserId);
		StaleVersionException.check(project.version(), version);
		ProjectInput clean = ProjectInputRules.normalize(input);
		List<FieldProblem> problems = new ArrayList<>(ProjectInputRules.problems(clean, project.kind()));
		if (clean.kind() != null && clean.kind() != project.kind()) {
			problems.add(0, new FieldProblem("kind", Wording.of("project.kind.fixed")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		ProjectInput before = project.input();
		project.apply(clean, clock.instant());
		events.publishEvent(new ProjectUpdated(id, project.name(),
				ProjectInputRules.changedItems(before, project.input(), project.kind())));
		StaleVersionException.flushing(projects::flush);
		return project.details(membership.views(project));
	}

	/** Deletes a project with no data (see {@link ProjectContents}) together with its members. */
	public void delete(long id, String actingUserId) {
		delete(id, null, actingUserId);
	}

	/** {@link #delete} refused with {@link StaleVersionException} unless the project is still at {@code version}. */
	public void delete(long id, Long version, String actingUserId) {
		Project project = access.manageable(id, actingUserId);
		StaleVersionException.check(project.version(), version);
		deletionRule.check(id);
		projects.delete(project);
		events.publishEvent(new ProjectDeleted(id, project.name()));
	}

	@Transactional(readOnly = true)
	public ProjectDetails get(long id, String viewerUserId) {
		Project project = access.visible(id, viewerUserId);
		return project.details(membership.views(project));
	}

	/**
	 * 404 unless the user may see the project — the same rule as {@link #get}, without building the member list
	 * (other modules check access on every step of their own work).
	 */
	@Transactional(readOnly = true)
	public void requireVisible(long id, String viewerUserId) {
		if (!memberships.existsByProjectIdAndUserId(id, viewerUserId)) {
			access.visible(id, viewerUserId); // administrators see every project; everyone else gets the 404
		}
	}

	/**
	 * The project if the user may read its documents (filed documents, approved proposals, the deliverable view):
	 * what {@link #get} allows, and an inspector inside their inspection period (本文5), whose read is audited.
	 * Only read paths call this; every other path keeps {@link #get}/{@link #requireVisible}, which answer an
	 * inspector 403 with the reason.
	 */
	@Transactional(readOnly = true)
	public ProjectDetails readable(long id, String viewerUserId) {
		Project project = access.readable(id, viewerUserId);
		return project.details(membership.views(project));
	}

	/** {@link #readable} without building the details. */
	@Transactional(readOnly = true)
	public void requireReadable(long id, String viewerUserId) {
		if (!memberships.existsByProjectIdAndUserId(id, viewerUserId)) {
			access.readable(id, viewerUserId);
		}
	}

	/** Whether the user reads the project as an inspector today (not a member, period open): pages hide writing. */
	@Transactional(readOnly = true)
	public boolean inspectsToday(long id, String userId) {
		return !memberships.existsByProjectIdAndUserId(id, userId) && inspections.activeOn(id, userId);
	}

	/** Gives a user who is not a member read-only access for the inspection period; 総括監督員 or administrator. */
	public InspectionGrantView grantInspection(long projectId, String inspectorUserId, java.time.LocalDate from,
			java.time.LocalDate to, String actingUserId) {
		Project project = access.visible(projectId, actingUserId);
		inspections.requireGrantor(project, actingUserId);
		return inspections.grant(project, inspectorUserId, from, to, actingUserId);
	}

	public void revokeInspection(long projectId, long grantId, String actingUserId) {
		Project project = access.visible(projectId, actingUserId);
		inspections.requireGrantor(project, actingUserId);
		inspections.revoke(project, grantId);
	}

	/** The project's inspectors (past, current and future grants); members and administrators see them. */
	@Transactional(readOnly = true)
	public List<InspectionGrantView> inspections(long projectId, String viewerUserId) {
		access.visible(projectId, viewerUserId);
		return inspections.of(projectId);
	}

	/** Whether the user may grant and revoke inspections of the project (404 if they may not even see it). */
	@Transactional(readOnly = true)
	public boolean mayGrantInspection(long projectId, String userId) {
		return inspections.mayGrant(access.visible(projectId, userId), userId);
	}

	/** The projects the user may inspect now or later (their home page); ended periods are left out. */
	@Transactional(readOnly = true)
	public List<InspectionProject> inspectionsOf(String userId) {
		java.time.LocalDate today = inspections.today();
		return inspections.ofUser(userId).stream()
			.filter(grant -> !grant.validTo().isBefore(today))
			.flatMap(grant -> projects.findById(grant.projectId()).filter(project -> !project.frozen()).stream()
				.map(project -> new InspectionProject(project.id(), project.name(), project.kind(), grant.validFrom(),
						grant.validTo(), grant.coversDay(today))))
			.toList();
	}

	/** The project's name for notices and lists, without an access check; empty for a deleted project. */
	@Transactional(readOnly = true)
	public Optional<String> nameOf(long id) {
		return projects.findById(id).map(Project::name);
	}

	/** The projects the user is a member of, newest fiscal year first, then by name. */
	@Transactional(readOnly = true)
	public List<ProjectSummary> projectsOf(String userId) {
		return memberships.findWithProjectByUserId(userId).stream()
			.map(member -> member.project().listing(member.role()))
			.sorted(LIST_ORDER)
			.map(listing -> new ProjectSummary(listing.id(), listing.name(), listing.kind(), listing.role()))
			.toList();
	}

	/** The project list: the user's projects, or every project for an administrator. */
	@Transactional(readOnly = true)
	public List<ProjectListing> visibleProjects(String userId) {
		List<ProjectMember> own = memberships.findWithProjectByUserId(userId);
		if (!access.isAdministrator(userId)) {
			return own.stream()
				.map(member -> member.project().listing(member.role()))
				.sorted(LIST_ORDER)
				.toList();
		}
		Map<Long, ProjectRole> roles = own.stream()
			.collect(Collectors.toMap(member -> member.project().id(), ProjectMember::role));
		return projects.findAll().stream()
			.filter(project -> !project.frozen())
			.map(project -> project.listing(roles.get(project.id())))
			.sorted(LIST_ORDER)
			.toList();
	}

	@Transactional(readOnly = true)
	public boolean isMember(long projectId, String userId) {
		return memberships.existsByProjectIdAndUserId(projectId, userId);
	}

	/** The user's role in the project; empty when not a member (administrators included). */
	@Transactional(readOnly = true)
	public Optional<ProjectRole> roleOf(long projectId, String userId) {
		return projects.findById(projectId).flatMap(project -> project.member(userId)).map(ProjectMember::role);
	}

	@Transactional(readOnly = true)
	public boolean mayCreate(String userId) {
		return identity.find(userId).map(user -> user.isAdministrator() || user.side() == Side.AGENCY).orElse(false);
	}

	/** Whether the user may manage members and delete the project (404 if they may not even see it). */
	@Transactional(readOnly = true)
	public boolean mayManage(long projectId, String userId) {
		return access.mayManage(access.visible(projectId, userId), userId);
	}

	/** What is wrong with the input for a project of this kind, without saving anything (for forms). */
	public List<FieldProblem> problemsOf(ProjectInput input, ProjectKind kind) {
		return ProjectInputRules.problems(ProjectInputRules.normalize(input), kind);
	}

	@Transactional(readOnly = true)
	public List<ProjectMemberView> members(long projectId, String viewerUserId) {
		return membership.views(access.visible(projectId, viewerUserId));
	}

	/**
	 * The members of several projects the viewer takes part in, by project id, in one query (plus one for the
	 * names) whatever the number of projects; 404 as for {@link #members} if the viewer is not a member of one.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<ProjectMemberView>> membersOf(Collection<Long> projectIds, String viewerUserId) {
		if (projectIds.isEmpty()) {
			return Map.of();
		}
		List<ProjectMember> all = memberships.findByProjectIdIn(projectIds);
		Set<Long> viewers = all.stream()
			.filter(m -> m.userId().equals(viewerUserId))
			.map(m -> m.project().id())
			.collect(Collectors.toSet());
		if (!viewers.containsAll(projectIds)) {
			throw new NotFoundException(Wording.of(ProjectAccess.NOT_FOUND));
		}
		Map<String, String> names = identity.findAll().stream()
			.collect(Collectors.toMap(UserAccount::userId, UserAccount::name));
		Map<Long, List<ProjectMemberView>> byProject = new LinkedHashMap<>();
		projectIds.forEach(id -> byProject.put(id, new ArrayList<>()));
		all.stream()
			.sorted(Comparator.comparing(ProjectMember::role).thenComparing(ProjectMember::userId))
			.forEach(m -> byProject.get(m.project().id()).add(new ProjectMemberView(m.userId(),
					names.containsKey(m.userId()) ? names.get(m.userId()) : Wording.of("project.user.deleted"), m.role())));
		return byProject;
	}

	/**
	 * The contract data the erasure needs (issue #16), without an access check: the erasure module checks the
	 * caller itself. Empty for a project that does not exist (any more).
	 */
	@Transactional(readOnly = true)
	public Optional<ProjectContract> contract(long projectId) {
		return projects.findById(projectId).map(Project::contract);
	}

	/** The contract data of several projects in one query (the home page's erasure dates); missing ones are left out. */
	@Transactional(readOnly = true)
	public List<ProjectContract> contracts(java.util.Collection<Long> projectIds) {
		return projects.findAllById(projectIds).stream().map(Project::contract).toList();
	}

	/** Every project that is not frozen, for the daily erasure run. */
	@Transactional(readOnly = true)
	public List<ProjectContract> activeContracts() {
		return projects.findAll().stream().filter(project -> !project.frozen()).map(Project::contract).toList();
	}

	/**
	 * Freezes the project for its erasure: read-only and hidden from everyone (every project URL answers 404)
	 * until its rows are gone. Returns its contract data as it was at that moment; empty if already gone.
	 */
	public Optional<ProjectContract> freeze(long projectId) {
		return projects.findById(projectId).map(project -> {
			project.freeze();
			return project.contract();
		});
	}

	public void addMember(long projectId, String userId, ProjectRole role, String actingUserId) {
		membership.add(access.manageable(projectId, actingUserId), userId, role);
	}

	public void changeRole(long projectId, String userId, ProjectRole role, String actingUserId) {
		membership.changeRole(access.manageable(projectId, actingUserId), userId, role);
	}

	public void removeMember(long projectId, String userId, String actingUserId) {
		membership.remove(access.manageable(projectId, actingUserId), userId);
	}
}
