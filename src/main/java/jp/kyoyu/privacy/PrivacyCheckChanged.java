package jp.kyoyu.privacy;

import jp.kyoyu.shared.AuditableEvent;
import jp.kyoyu.shared.Wording;

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
		return Wording.japanese(enabled ? "privacy.audit.enabled" : "privacy.audit.disabled", kind.label());
	}
}
