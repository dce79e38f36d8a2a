package jp.kyoyu.privacy;

import jp.kyoyu.shared.AuditableEvent;
import jp.kyoyu.shared.Wording;

/**
 * Input was refused because it held a sensitive number. The number itself is never part of the event: the
 * audit trail says what kind, in what and where, so an administrator can follow up without learning it.
 *
 * @param what the record or file, e.g. {@code post}, {@code proposal:12}, {@code file:見積書.pdf}
 * @param where the field or place in Japanese, e.g. 「本文」 or 「3ページ目」
 */
public record SensitiveNumberRefused(SensitiveKind kind, String what, String where) implements AuditableEvent {

	@Override
	public String action() {
		return "privacy.refused";
	}

	@Override
	public String target() {
		return what;
	}

	@Override
	public String detail() {
		return Wording.japanese("privacy.audit.refused", kind.label(), where);
	}

	@Override
	public boolean succeeded() {
		return false;
	}
}
