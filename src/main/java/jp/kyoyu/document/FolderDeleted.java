package jp.kyoyu.document;

import jp.kyoyu.shared.AuditableEvent;

/** A folder was deleted, with its sub-folders and documents when asked (their files released). */
public record FolderDeleted(long folderId, long projectId, String name, int documentsDeleted) implements AuditableEvent {

	@Override
	public String action() {
		return "folder.deleted";
	}

	@Override
	public String target() {
		return "folder:" + folderId;
	}

	@Override
	public String detail() {
		return "project:" + projectId + " 「" + name + "」 documents:" + documentsDeleted;
	}
}
