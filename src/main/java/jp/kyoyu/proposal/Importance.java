package jp.kyoyu.proposal;

/** 重要度 of a submission (C4.20): shown in lists and in the subject of every mail about it. */
public enum Importance {
	IMPORTANT("重要"), NORMAL("通常");

	private final String label;

	Importance(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
