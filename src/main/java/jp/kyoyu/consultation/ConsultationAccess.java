package jp.kyoyu.consultation;

import org.springframework.stereotype.Component;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.NotFoundException;

/**
 * Only members of the matter's project see it, both sides alike; everyone else (administrators who are not
 * members included) gets the same 404 on every path, so a matter of another project does not exist for them.
 */
@Component
class ConsultationAccess {

	private final MatterRepository matters;

	private final ProjectManagement projects;

	private final IdentityManagement identity;

	private final ConsultationWording wording;

	ConsultationAccess(MatterRepository matters, ProjectManagement projects, IdentityManagement identity,
			ConsultationWording wording) {
		this.matters = matters;
		this.projects = projects;
		this.identity = identity;
		this.wording = wording;
	}

	/** The one answer for a matter that is missing or not the caller's to see. */
	NotFoundException notFound() {
		return new NotFoundException(wording.text("consultation.error.notFound"));
	}

	Matter matter(long id, String userId) {
		Matter matter = matters.findById(id).orElseThrow(this::notFound);
		project(matter.projectId(), userId);
		return matter;
	}

	boolean mayRead(Matter matter, String userId) {
		return projects.isMember(matter.projectId(), userId);
	}

	void project(long projectId, String userId) {
		if (!projects.isMember(projectId, userId)) {
			throw notFound();
		}
	}

	Side side(String userId) {
		return identity.find(userId).map(UserAccount::side).orElseThrow(this::notFound);
	}

	/** A deleted user keeps their id on old comments. */
	String name(String userId) {
		return identity.find(userId).map(UserAccount::name).orElse(userId);
	}
}
