package jp.kyoyu.proposal;

/** Where a proposal stands. This module only makes drafts; the workflow moves them on. */
public enum ProposalStatus {
	/** 下書き: seen only by the author's side, may be incomplete. */
	DRAFT,
	/** 提出済み: set by the workflow. */
	SUBMITTED
}
