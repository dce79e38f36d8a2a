package jp.kyoyu.consultation;

/** How the other side learns of new material and answers, chosen per matter (S4.9). */
public enum NoticeChannel {

	MAIL("メール"), BOARD("掲示板"), BOTH("メールと掲示板");

	private final String label;

	NoticeChannel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	boolean mail() {
		return this != BOARD;
	}

	boolean board() {
		return this != MAIL;
	}
}
