package jp.kyoyu.masterdata;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.masterdata.MasterDataChanged.Change;
import jp.kyoyu.masterdata.MasterDataChanged.Kind;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.StaleVersionException;
import jp.kyoyu.shared.Wording;

/** Registers, changes and deletes notification mail templates. */
@Service
@Transactional
public class MailTemplateManagement {

	private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

	private final MailTemplateRepository templates;

	private final ApplicationEventPublisher events;

	MailTemplateManagement(MailTemplateRepository templates, ApplicationEventPublisher events) {
		this.templates = templates;
		this.events = events;
	}

	/** All templates, by key. */
	@Transactional(readOnly = true)
	public List<MailTemplate> findAll() {
		return templates.findAllByOrderByKey().stream().map(MailTemplateEntity::toMailTemplate).toList();
	}

	@Transactional(readOnly = true)
	public MailTemplate get(long id) {
		return find(id).toMailTemplate();
	}

	public MailTemplate create(MailTemplateInput input) {
		MailTemplateInput checked = validate(input, null);
		MailTemplateEntity template = templates.save(new MailTemplateEntity(checked));
		publish(template.id(), Change.CREATED, Wording.japanese("masterdata.audit.mail-template.created", checked.key()));
		return template.toMailTemplate();
	}

	public MailTemplate update(long id, MailTemplateInput input) {
		return update(id, null, input);
	}

	/** {@link #update} refused with {@link StaleVersionException} unless the record is still at {@code version}. */
	public MailTemplate update(long id, Long version, MailTemplateInput input) {
		MailTemplateEntity template = find(id);
		StaleVersionException.check(template.version(), version);
		String before = template.toMailTemplate().key();
		MailTemplateInput checked = validate(input, id);
		template.change(checked);
		publish(id, Change.UPDATED, Wording.japanese("masterdata.audit.mail-template.updated", before));
		StaleVersionException.flushing(templates::flush);
		return template.toMailTemplate();
	}

	public void delete(long id) {
		delete(id, null);
	}

	/** {@link #delete} refused with {@link StaleVersionException} unless the record is still at {@code version}. */
	public void delete(long id, Long version) {
		MailTemplateEntity template = find(id);
		StaleVersionException.check(template.version(), version);
		templates.delete(template);
		publish(id, Change.DELETED, Wording.japanese("masterdata.audit.mail-template.deleted", template.toMailTemplate().key()));
	}

	private MailTemplateInput validate(MailTemplateInput input, Long id) {
		InputProblems problems = new InputProblems();
		String key = problems.line("key", Wording.of("masterdata.label.template-key"), input.key(), 100, true);
		String subject = problems.line("subject", Wording.of("masterdata.label.subject"), input.subject(), 200, true);
		String body = problems.text("body", Wording.of("masterdata.label.body"), input.body(), 4000, true);
		String description = problems.text("description", Wording.of("masterdata.label.description"), input.description(), 1000, false);
		if (key != null && !problems.has("key") && !KEY.matcher(key).matches()) {
			problems.add("key", Wording.of("masterdata.mail-template.key-format"));
		}
		if (key != null && templates.findByKey(key).filter(other -> !other.id().equals(id)).isPresent()) {
			problems.add("key", Wording.of("masterdata.mail-template.key-taken", key));
		}
		checkPlaceholders(problems, "subject", Wording.of("masterdata.label.subject"), subject);
		checkPlaceholders(problems, "body", Wording.of("masterdata.label.body"), body);
		problems.throwIfAny();
		return new MailTemplateInput(key, subject, body, description);
	}

	private static void checkPlaceholders(InputProblems problems, String field, String label, String text) {
		if (text != null && !problems.has(field) && MailTemplates.hasBrokenPlaceholder(text)) {
			problems.add(field, Wording.of("masterdata.mail-template.placeholder", label));
		}
	}

	private MailTemplateEntity find(long id) {
		return templates.findById(id)
			.orElseThrow(() -> new NotFoundException(Wording.of("masterdata.mail-template.not-found", id)));
	}

	private void publish(long id, Change change, String detail) {
		events.publishEvent(new MasterDataChanged(Kind.MAIL_TEMPLATE, Long.toString(id), change, detail));
	}
}
