package jp.kyoyu.masterdata.web;

import jp.kyoyu.masterdata.MailTemplate;
import jp.kyoyu.masterdata.MailTemplateInput;

/** The mail template form. */
class MailTemplateForm {

	/** The version the form was opened with (issue #15); a stale one is refused, what was typed kept. */
	private Long version;

	private String key;

	private String subject;

	private String body;

	private String description;

	static MailTemplateForm of(MailTemplate template) {
		MailTemplateForm form = new MailTemplateForm();
		form.version = template.version();
		form.key = template.key();
		form.subject = template.subject();
		form.body = template.body();
		form.description = template.description();
		return form;
	}

	MailTemplateInput toInput() {
		return new MailTemplateInput(key, subject, body, description);
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
