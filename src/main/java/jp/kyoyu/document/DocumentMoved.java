package jp.kyoyu.document;

import jp.kyoyu.shared.AuditableEvent;

/** A document was moved to another folder. */
public record DocumentMoved(long documentId, long projectId, long folderId, String title) implements AuditableEvent {

	@Override
	public String action() {
		return "document.moved";
	}

	@Override
	public String target() {
		return "document:" + documentId;
	}

	@Override
	public String detail() {
		return "project:" + projectId + " 「" + title + "」 folder:" + folderId;
	}
}
