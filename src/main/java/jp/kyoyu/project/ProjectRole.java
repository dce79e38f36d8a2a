package jp.kyoyu.project;

import java.util.Arrays;
import java.util.List;

import jp.kyoyu.identity.Side;
import jp.kyoyu.shared.Wording;

/**
 * A member's role in one project. The side is fixed by the role: an agency user can only hold an agency role,
 * a contractor's staff only a contractor role.
 */
public enum ProjectRole {

	GENERAL_SUPERVISOR(Side.AGENCY),
	SENIOR_SUPERVISOR(Side.AGENCY),
	SUPERVISOR(Side.AGENCY),
	SERVICE_SUPERVISOR(Side.AGENCY),
	SITE_AGENT(Side.CONTRACTOR),
	CHIEF_ENGINEER(Side.CONTRACTOR),
	SUPERVISING_ENGINEER(Side.CONTRACTOR),
	MANAGING_ENGINEER(Side.CONTRACTOR),
	VERIFYING_ENGINEER(Side.CONTRACTOR),
	CONTRACTOR_STAFF(Side.CONTRACTOR);

	private final Side side;

	ProjectRole(Side side) {
		this.side = side;
	}

	/**
	 * The official title (総括監督員, 現場代理人, ...) from project.role.*; Japanese always, because other modules
	 * write it into audit entries, mails and exports.
	 */
	public String label() {
		return Wording.japanese("project.role." + name());
	}

	public Side side() {
		return side;
	}

	/**
	 * Whether this role may manage members and delete the project. Every supervising role of the agency does:
	 * the guidelines make the agency's supervisors responsible for who takes part.
	 */
	public boolean managesProject() {
		return side == Side.AGENCY;
	}

	/** The roles a user of this side may hold, in display order. */
	public static List<ProjectRole> of(Side side) {
		return Arrays.stream(values()).filter(role -> role.side == side).toList();
	}

	/** The role a project's creator gets unless they choose another. */
	public static ProjectRole defaultCreatorRole() {
		return GENERAL_SUPERVISOR;
	}
}
