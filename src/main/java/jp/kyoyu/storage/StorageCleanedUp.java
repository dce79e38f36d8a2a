package jp.kyoyu.storage;

import jp.kyoyu.shared.AuditableEvent;

/** The hourly cleanup removed unclaimed uploads, unreferenced objects or abandoned temp files. */
public record StorageCleanedUp(int pendingFiles, int objects, int tempFiles) implements AuditableEvent {

	@Override
	public String action() {
		return "file.cleaned-up";
	}

	@Override
	public String target() {
		return "storage";
	}

	@Override
	public String detail() {
		return "期限切れの未使用ファイル " + pendingFiles + "件、参照のない実体 " + objects + "件、一時ファイル " + tempFiles + "件を削除";
	}

	@Override
	public String actor() {
		return "system";
	}
}
