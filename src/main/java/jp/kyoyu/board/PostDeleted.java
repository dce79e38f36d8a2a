package jp.kyoyu.board;

import jp.kyoyu.shared.AuditableEvent;

/** The author deleted a post with its replies and files. */
public record PostDeleted(long postId, long projectId, String title) implements AuditableEvent {

	@Override
	public String action() {
		return "post.deleted";
	}

	@Override
	public String target() {
		return "post:" + postId;
	}

	@Override
	public String detail() {
		return "project:" + projectId + " 「" + title + "」";
	}
}
