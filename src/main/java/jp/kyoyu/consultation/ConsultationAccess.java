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

	static final String NOT_FOUND = "事前打合せの案件が見つかりません。URLを確認するか、工事・業務の一覧から開き直してください。";

	private final MatterRepository matters;

	private final ProjectManagement projects;

	private final IdentityManagement identity;

	ConsultationAccess(MatterRepository matters, ProjectManagement projects, IdentityManagement identity) {
		this.matters = matters;
		this.projects = projects;
		this.identity = identity;
	}

	Matter matter(long id, String userId) {
		Matter matter = matters.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
		project(matter.projectId(), userId);
		return matter;
	}

	boolean mayRead(Matter matter, String userId) {
		return projects.isMember(matter.projectId(), userId);
	}

	void project(long projectId, String userId) {
		if (!projects.isMember(projectId, userId)) {
			throw new NotFoundException(NOT_FOUND);
		}
	}

	Side side(String userId) {
		return identity.find(userId).map(UserAccount::side).orElseThrow(() -> new NotFoundException(NOT_FOUND));
	}

	/** A deleted user keeps their id on old comments. */
	String name(String userId) {
		return identity.find(userId).map(UserAccount::name).orElse(userId);
	}
}
