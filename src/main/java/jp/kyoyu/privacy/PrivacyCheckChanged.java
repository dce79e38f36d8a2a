package jp.kyoyu.privacy;

import jp.kyoyu.shared.AuditableEvent;

/** An administrator switched the check of one kind of sensitive number on or off. */
public record PrivacyCheckChanged(SensitiveKind kind, boolean enabled) implements AuditableEvent {

	@Override
	public String action() {
		return "privacy.check.changed";
	}

	@Override
	public String target() {
		return "privacy:" + kind.name();
	}

	@Override
	public String detail() {
		return kind.label() + "の確認を" + (enabled ? "有効" : "無効") + "にしました";
	}
}
