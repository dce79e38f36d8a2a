package jp.kyoyu.document;

import jp.kyoyu.shared.AuditableEvent;

/** A folder was added to a project's tree. */
public record FolderCreated(long folderId, long projectId, String name) implements AuditableEvent {

	@Override
	public String action() {
		return "folder.created";
	}

	@Override
	public String target() {
		return "folder:" + folderId;
	}

	@Override
	public String detail() {
		return "project:" + projectId + " 「" + name + "」";
	}
}
