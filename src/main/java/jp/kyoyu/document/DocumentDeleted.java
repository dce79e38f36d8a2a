package jp.kyoyu.document;

import jp.kyoyu.shared.AuditableEvent;

/** A document was deleted and its files released. */
public record DocumentDeleted(long documentId, long projectId, String title) implements AuditableEvent {

	@Override
	public String action() {
		return "document.deleted";
	}

	@Override
	public String target() {
		return "document:" + documentId;
	}

	@Override
	public String detail() {
		return "project:" + projectId + " 「" + title + "」";
	}
}
