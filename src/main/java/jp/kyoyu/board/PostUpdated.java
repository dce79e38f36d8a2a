package jp.kyoyu.board;

import jp.kyoyu.shared.AuditableEvent;

/** The author changed a post's title or body. */
public record PostUpdated(long postId, long projectId, String title) implements AuditableEvent {

	@Override
	public String action() {
		return "post.updated";
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
