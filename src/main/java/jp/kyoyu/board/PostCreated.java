package jp.kyoyu.board;

import jp.kyoyu.shared.AuditableEvent;

/** A post was made on a project's board. */
public record PostCreated(long postId, long projectId, String title) implements AuditableEvent {

	@Override
	public String action() {
		return "post.created";
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
