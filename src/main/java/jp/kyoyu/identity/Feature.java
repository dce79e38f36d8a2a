package jp.kyoyu.identity;

/** The functions an administrator grants per user (C8.1, C8.3). */
public enum Feature {
	BOARD, PROPOSAL, WORKFLOW, DOCUMENT, SCHEDULE, EXPORT, ADMIN
}
