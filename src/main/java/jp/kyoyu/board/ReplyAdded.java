package jp.kyoyu.board;

import jp.kyoyu.shared.AuditableEvent;

/** Someone replied to a post. */
public record ReplyAdded(long replyId, long postId) implements AuditableEvent {

	@Override
	public String action() {
		return "post.replied";
	}

	@Override
	public String target() {
		return "post:" + postId;
	}

	@Override
	public String detail() {
		return "reply:" + replyId;
	}
}
