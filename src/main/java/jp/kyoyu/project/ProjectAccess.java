package jp.kyoyu.project;

import org.springframework.stereotype.Component;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/**
 * Who may see and manage a project. Anyone who is not a member (nor an administrator) is told the project
 * does not exist, in the very words used for a missing one, so project names and ids do not leak. An inspector
 * (本文5) is the exception: they read documents through {@link #readable} and get 403 with the reason elsewhere.
 */
@Component
class ProjectAccess {

	static final String NOT_FOUND = "project.not-found";

	static final String MANAGERS_ONLY = "project.managers-only";

	/** A frozen project is being erased; the words say so, because a member knew it existed. */
	static final String FROZEN = "project.frozen";

	private final ProjectRepository projects;

	private final IdentityManagement identity;

	private final InspectionGrants inspections;

	ProjectAccess(ProjectRepository projects, IdentityManagement identity, InspectionGrants inspections) {
		this.projects = projects;
		this.identity = identity;
		this.inspections = inspections;
	}

	boolean isAdministrator(String userId) {
		return identity.find(userId).map(UserAccount::isAdministrator).orElse(false);
	}

	/** The project if the user may see it; 404 otherwise. */
	Project visible(long projectId, String userId) {
		Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException(Wording.of(NOT_FOUND)));
		if (project.frozen()) {
			throw new NotFoundException(project.member(userId).isPresent() || isAdministrator(userId)
					? Wording.of(FROZEN, projectId) : Wording.of(NOT_FOUND));
		}
		if (project.member(userId).isEmpty() && !isAdministrator(userId)) {
			// An inspector knows the project exists: they are told why not (read only, or outside the period).
			throw inspections.refusal(projectId, userId)
				.map(RuntimeException.class::cast)
				.orElseGet(() -> new NotFoundException(Wording.of(NOT_FOUND)));
		}
		return project;
	}

	/**
	 * The project if the user may read its documents: as {@link #visible}, and also an inspector inside the
	 * inspection period, whose every such read is recorded.
	 */
	Project readable(long projectId, String userId) {
		Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException(Wording.of(NOT_FOUND)));
		if (!project.frozen() && project.member(userId).isEmpty() && inspections.activeOn(projectId, userId)
				&& !isAdministrator(userId)) {
			inspections.recordAccess(projectId, userId);
			return project;
		}
		return visible(projectId, userId);
	}

	/** The project if the user may manage its members and delete it; 404 or 403 otherwise. */
	Project manageable(long projectId, String userId) {
		Project project = visible(projectId, userId);
		if (!mayManage(project, userId)) {
			throw new ForbiddenException(Wording.of(MANAGERS_ONLY));
		}
		return project;
	}

	boolean mayManage(Project project, String userId) {
		return project.member(userId).map(member -> member.role().managesProject()).orElse(false)
				|| isAdministrator(userId);
	}
}
