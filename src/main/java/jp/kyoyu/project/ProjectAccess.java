package jp.kyoyu.project;

import org.springframework.stereotype.Component;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.NotFoundException;

/**
 * Who may see and manage a project. Anyone who is not a member (nor an administrator) is told the project
 * does not exist, in the very words used for a missing one, so project names and ids do not leak.
 */
@Component
class ProjectAccess {

	static final String NOT_FOUND = "指定された工事・業務は見つかりません。"
			+ "参加していない工事・業務は表示できません。";

	static final String MANAGERS_ONLY = "メンバーの管理と工事・業務の削除は、この工事・業務の発注者側の"
			+ "監督員（総括監督員・主任監督員・監督員・業務担当員）とシステム管理者だけが行えます。";

	/** A frozen project is being erased; the words say so, because a member knew it existed. */
	static final String FROZEN = "この工事・業務は契約終了に伴うデータ消去の手続きに入ったため、表示も変更もできません。"
			+ "消去が終わると、データ消去証明書を /api/v1/erasures/{id}/certificate から取得できます。";

	private final ProjectRepository projects;

	private final IdentityManagement identity;

	ProjectAccess(ProjectRepository projects, IdentityManagement identity) {
		this.projects = projects;
		this.identity = identity;
	}

	boolean isAdministrator(String userId) {
		return identity.find(userId).map(UserAccount::isAdministrator).orElse(false);
	}

	/** The project if the user may see it; 404 otherwise. */
	Project visible(long projectId, String userId) {
		Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
		if (project.frozen()) {
			throw new NotFoundException(project.member(userId).isPresent() || isAdministrator(userId)
					? FROZEN.replace("{id}", String.valueOf(projectId)) : NOT_FOUND);
		}
		if (project.member(userId).isEmpty() && !isAdministrator(userId)) {
			throw new NotFoundException(NOT_FOUND);
		}
		return project;
	}

	/** The project if the user may manage its members and delete it; 404 or 403 otherwise. */
	Project manageable(long projectId, String userId) {
		Project project = visible(projectId, userId);
		if (!mayManage(project, userId)) {
			throw new ForbiddenException(MANAGERS_ONLY);
		}
		return project;
	}

	boolean mayManage(Project project, String userId) {
		return project.member(userId).map(member -> member.role().managesProject()).orElse(false)
				|| isAdministrator(userId);
	}
}
