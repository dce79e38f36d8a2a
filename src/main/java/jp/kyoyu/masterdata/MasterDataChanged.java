package jp.kyoyu.masterdata;

import jp.kyoyu.shared.AuditableEvent;

/**
 * An administrator registered, changed, deleted or imported master data.
 *
 * @param key identifies the entry within its kind: an id, a date or a template key
 * @param detail what changed, in Japanese, e.g. 発注機関「中部農地整備事務所」を登録しました
 */
public record MasterDataChanged(Kind kind, String key, Change change, String detail) implements AuditableEvent {

	@Override
	public String action() {
		return "masterdata." + kind.code + "." + change.code;
	}

	@Override
	public String target() {
		return kind.code + ":" + key;
	}

	/** Which master data. */
	public enum Kind {

		AGENCY("agency"), ORGANISATION("organisation"), JOB_TITLE("job-title"), HOLIDAY("holiday"),
		MAIL_TEMPLATE("mail-template");

		private final String code;

		Kind(String code) {
			this.code = code;
		}
	}

	/** What happened to it. */
	public enum Change {

		CREATED("created"), UPDATED("updated"), DELETED("deleted"), IMPORTED("imported");

		private final String code;

		Change(String code) {
			this.code = code;
		}
	}
}
