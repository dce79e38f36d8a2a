package jp.kyoyu.storage;

import jp.kyoyu.shared.AuditableEvent;

/** An owner linked a stored file to something, so the cleanup keeps it. */
public record FileClaimed(long fileId) implements AuditableEvent {

	@Override
	public String action() {
		return "file.claimed";
	}

	@Override
	public String target() {
		return "file:" + fileId;
	}
}
