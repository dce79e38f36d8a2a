package jp.kyoyu.masterdata;

import jp.kyoyu.shared.NotFoundException;

/** Thrown when a mail is asked for by a template key that is not registered (deleted, or misspelt). */
public class UnknownMailTemplateException extends NotFoundException {

	private final String key;

	public UnknownMailTemplateException(String key) {
		super("通知メールテンプレート「" + key + "」は登録されていません。マスタデータ管理でテンプレートを登録してください。");
		this.key = key;
	}

	public String key() {
		return key;
	}
}
