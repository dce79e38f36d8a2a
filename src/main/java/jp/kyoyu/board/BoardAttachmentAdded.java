package jp.kyoyu.board;

import jp.kyoyu.shared.AuditableEvent;

/** A file was attached to a post or a reply. */
public record BoardAttachmentAdded(long postId, Long replyId, long attachmentId, String name) implements AuditableEvent {

	@Override
	public String action() {
		return "post.attachment-added";
	}

	@Override
	public String target() {
		return "post:" + postId;
	}

	@Override
	public String detail() {
		return (replyId == null ? "" : "reply:" + replyId + " ") + "「" + name + "」";
	}
}
