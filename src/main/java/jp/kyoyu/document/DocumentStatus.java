package jp.kyoyu.document;

import jp.kyoyu.shared.Wording;

/**
 * Where a document stands; filed proposals carry their approval state. The label ({@code document.status.*}) goes
 * into the document lists (CSV, Excel) and delivery exports, hence Japanese whoever asks.
 */
public enum DocumentStatus {
	/** 登録済み: registered by a user with its files. */
	REGISTERED,
	/** 承認済み: an approved proposal, filed automatically. */
	APPROVED,
	/** 承認済み（後閲待ち）: approved ahead of a skipped approver who has not post-reviewed yet. */
	POST_REVIEW_PENDING;

	public String label() {
		return Wording.japanese("document.status." + name());
	}
}
