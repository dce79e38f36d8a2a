package jp.kyoyu.notification;

import jp.kyoyu.proposal.NoticeKind;

/**
 * The kinds of mail notice a user can switch on or off (C4.19, S2 mail): the six workflow notices and the
 * board's new-post notice and the pre-consultation notices. Every kind is on until the user switches it off.
 */
public enum Notice {

	TASK_ASSIGNED(true), APPROVED(true), SENT_BACK(true), ANSWERED(true), POST_REVIEW_REQUESTED(true),
	OVERDUE(true), BOARD_POST(false), CONSULTATION(false);

	private final boolean workflow;

	Notice(boolean workflow) {
		this.workflow = workflow;
	}

	/** Workflow notices carry an importance, so "only 重要" applies to them. */
	public boolean isWorkflow() {
		return workflow;
	}

	public static Notice of(NoticeKind kind) {
		return valueOf(kind.name());
	}
}
