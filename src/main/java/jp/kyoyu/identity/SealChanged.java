package jp.kyoyu.identity;

import jp.kyoyu.shared.AuditableEvent;
import jp.kyoyu.shared.Wording;

/** A user uploaded or removed their seal image; audited because the image stands for them on printed forms. */
public record SealChanged(String userId, boolean removed) implements AuditableEvent {

	@Override
	public String action() {
		return "user.seal-changed";
	}

	@Override
	public String target() {
		return userId;
	}

	@Override
	public String detail() {
		return Wording.japanese(removed ? "account.seal.audit.removed" : "account.seal.audit.uploaded");
	}
}
