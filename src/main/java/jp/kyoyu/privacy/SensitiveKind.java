package jp.kyoyu.privacy;

import jp.kyoyu.shared.Wording;

/** The kinds of number Kyoyu refuses to hold (G-2), each switched on or off by an administrator. */
public enum SensitiveKind {

	MY_NUMBER,

	PAYMENT_CARD;

	/** The Japanese name, as the audit trail records it (privacy.kind.* in privacy.properties). */
	public String label() {
		return Wording.japanese(key());
	}

	/** The name in the language of the user being answered. */
	public String shownLabel() {
		return Wording.of(key());
	}

	private String key() {
		return "privacy.kind." + name();
	}
}
