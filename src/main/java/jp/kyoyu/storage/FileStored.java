package jp.kyoyu.storage;

import jp.kyoyu.shared.AuditableEvent;

/** A file's bytes are safely on disk (still PENDING until its owner claims it). */
public record FileStored(long fileId, String name, long size, String sha256) implements AuditableEvent {

	@Override
	public String action() {
		return "file.stored";
	}

	@Override
	public String target() {
		return "file:" + fileId;
	}

	@Override
	public String detail() {
		return name + "（" + String.format("%,d", size) + "バイト、SHA-256 " + sha256 + "）";
	}
}
