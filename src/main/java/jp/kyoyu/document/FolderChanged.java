package jp.kyoyu.document;

import jp.kyoyu.shared.AuditableEvent;

/** A folder was renamed or moved (parentId null: to the top). */
public record FolderChanged(long folderId, long projectId, String name, Long parentId) implements AuditableEvent {

	@Override
	public String action() {
		return "folder.changed";
	}

	@Override
	public String target() {
		return "folder:" + folderId;
	}

	@Override
	public String detail() {
		return "project:" + projectId + " 「" + name + "」 parent:" + parentId;
	}
}
