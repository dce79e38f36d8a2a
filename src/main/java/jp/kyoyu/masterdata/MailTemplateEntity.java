package jp.kyoyu.masterdata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "masterdata_mail_template")
class MailTemplateEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Raised by JPA on every change; a write based on an older one fails instead of overwriting (issue #15). */
	@Version
	private long version;

	@Column(name = "template_key")
	private String key;

	private String subject;

	private String body;

	private String description;

	protected MailTemplateEntity() {
	}

	MailTemplateEntity(MailTemplateInput input) {
		change(input);
	}

	void change(MailTemplateInput input) {
		this.key = input.key();
		this.subject = input.subject();
		this.body = input.body();
		this.description = input.description();
	}

	Long id() {
		return id;
	}

	MailTemplate toMailTemplate() {
		return new MailTemplate(id, key, subject, body, description, version);
	}

	long version() {
		return version;
	}
}
