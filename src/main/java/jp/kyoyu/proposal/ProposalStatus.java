package jp.kyoyu.proposal;

/** Where a proposal stands. This module makes drafts; the workflow moves them on through the others. */
public enum ProposalStatus {
	/** 下書き: seen only by the author's side, may be incomplete. */
	DRAFT,
	/** 承認中: submitted and on its route. */
	IN_REVIEW,
	/** 差戻し: sent back to the proposer, who may edit and resubmit it. */
	SENT_BACK,
	/** 承認済: the last approver approved (a post-review may still be open). */
	APPROVED;

	/** Whether the author may change the content: before submission and after a send-back. */
	public boolean editable() {
		return this == DRAFT || this == SENT_BACK;
	}
}
