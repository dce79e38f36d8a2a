package jp.kyoyu.masterdata;

import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/** Thrown when a mail is asked for by a template key that is not registered (deleted, or misspelt). */
public class UnknownMailTemplateException extends NotFoundException {

	private final String key;

	public UnknownMailTemplateException(String key) {
		super(Wording.of("masterdata.mail-template.unknown-key", key));
		this.key = key;
	}

	public String key() {
		return key;
	}
}
