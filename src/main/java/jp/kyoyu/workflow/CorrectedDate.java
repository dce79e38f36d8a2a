package jp.kyoyu.workflow;

/** The dates that may be corrected after approval (C4.17). */
public enum CorrectedDate {
	PROPOSED_ON("発議日"), RECEIVED_ON("受理日"), COMPLETED_ON("完了日");

	private final String label;

	CorrectedDate(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
