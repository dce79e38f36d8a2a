package jp.kyoyu.document;

import jp.kyoyu.shared.AuditableEvent;

/** A user registered a document into a folder (C5.2). */
public record DocumentRegistered(long documentId, long projectId, long folderId, String title) implements AuditableEvent {

	@Override
	public String action() {
		return "document.registered";
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
