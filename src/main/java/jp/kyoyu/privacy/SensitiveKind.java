package jp.kyoyu.privacy;

/** The kinds of number Kyoyu refuses to hold (G-2), each switched on or off by an administrator. */
public enum SensitiveKind {

	MY_NUMBER("個人番号（マイナンバー）"),

	PAYMENT_CARD("クレジットカード番号");

	private final String label;

	SensitiveKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
