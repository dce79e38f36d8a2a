package jp.kyoyu.consultation;

/** Registration and answer status of a matter (S4.13). */
public enum ConsultationStatus {

	/** Registered, the other side has not answered yet. */
	REGISTERED("登録済"),
	/** The other side has commented. */
	ANSWERED("回答あり"),
	/** The other side agreed; ready to become a proposal. */
	AGREED("合意済"),
	/** Turned into a decision-stage proposal. */
	CONVERTED("発議済"),
	/** Withdrawn by its registering side. */
	WITHDRAWN("取下げ");

	private final String label;

	ConsultationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether comments, files and agreement are still taken (the stage's process is running). */
	public boolean open() {
		return this != CONVERTED && this != WITHDRAWN;
	}
}
