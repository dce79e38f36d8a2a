package jp.kyoyu.proposal;

/**
 * The workflow mails a user may receive (C4.10, C4.15, C4.19); each has a master-data mail template
 * {@code workflow.<kind in lower case>} and users choose which kinds they receive.
 */
public enum NoticeKind {
	/** A task arrived: submitted or passed on to you. */
	TASK_ASSIGNED,
	/** Your proposal was approved (fully). */
	APPROVED,
	/** Your proposal, or a step of yours, was sent back. */
	SENT_BACK,
	/** An answer (処理・回答) was given to your proposal. */
	ANSWERED,
	/** Someone approved ahead of you while you were absent; please post-review (後閲). */
	POST_REVIEW_REQUESTED,
	/** Daily reminder: a task of yours is past its due date. */
	OVERDUE
}
