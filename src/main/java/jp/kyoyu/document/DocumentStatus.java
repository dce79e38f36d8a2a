package jp.kyoyu.document;

/** Where a document stands; filed proposals carry their approval state. */
public enum DocumentStatus {
	/** 登録済み: registered by a user with its files. */
	REGISTERED("登録済み"),
	/** 承認済み: an approved proposal, filed automatically. */
	APPROVED("承認済み"),
	/** 承認済み（後閲待ち）: approved ahead of a skipped approver who has not post-reviewed yet. */
	POST_REVIEW_PENDING("承認済み（後閲待ち）");

	private final String label;

	DocumentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
