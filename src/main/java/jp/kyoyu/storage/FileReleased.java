package jp.kyoyu.storage;

import jp.kyoyu.shared.AuditableEvent;

/** An owner no longer uses a file; its bytes go once no other file shares them. */
public record FileReleased(long fileId) implements AuditableEvent {

	@Override
	public String action() {
		return "file.released";
	}

	@Override
	public String target() {
		return "file:" + fileId;
	}
}
