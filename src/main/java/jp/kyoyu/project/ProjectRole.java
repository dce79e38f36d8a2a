package jp.kyoyu.project;

import java.util.Arrays;
import java.util.List;

import jp.kyoyu.identity.Side;

/**
 * A member's role in one project. The side is fixed by the role: an agency user can only hold an agency role,
 * a contractor's staff only a contractor role.
 */
public enum ProjectRole {

	GENERAL_SUPERVISOR("総括監督員", Side.AGENCY),
	SENIOR_SUPERVISOR("主任監督員", Side.AGENCY),
	SUPERVISOR("監督員", Side.AGENCY),
	SERVICE_SUPERVISOR("業務担当員", Side.AGENCY),
	SITE_AGENT("現場代理人", Side.CONTRACTOR),
	CHIEF_ENGINEER("主任技術者", Side.CONTRACTOR),
	SUPERVISING_ENGINEER("監理技術者", Side.CONTRACTOR),
	MANAGING_ENGINEER("管理技術者", Side.CONTRACTOR),
	VERIFYING_ENGINEER("照査技術者", Side.CONTRACTOR),
	CONTRACTOR_STAFF("担当者", Side.CONTRACTOR);

	private final String label;

	private final Side side;

	ProjectRole(String label, Side side) {
		this.label = label;
		this.side = side;
	}

	public String label() {
		return label;
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
