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
		publish(template.id(), Change.CREATED, "通知メールテンプレート「" + checked.key() + "」を登録しました");
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
		publish(id, Change.UPDATED, "通知メールテンプレート「" + before + "」を変更しました");
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
		publish(id, Change.DELETED, "通知メールテンプレート「" + template.toMailTemplate().key() + "」を削除しました");
	}

	private MailTemplateInput validate(MailTemplateInput input, Long id) {
		InputProblems problems = new InputProblems();
		String key = problems.line("key", "テンプレートキー", input.key(), 100, true);
		String subject = problems.line("subject", "件名", input.subject(), 200, true);
		String body = problems.text("body", "本文", input.body(), 4000, true);
		String description = problems.text("description", "説明", input.description(), 1000, false);
		if (key != null && !problems.has("key") && !KEY.matcher(key).matches()) {
			problems.add("key", "テンプレートキーは半角小文字の英数字を「.」か「-」で区切って入力してください（例: proposal.submitted）。");
		}
		if (key != null && templates.findByKey(key).filter(other -> !other.id().equals(id)).isPresent()) {
			problems.add("key", "テンプレートキー「" + key + "」は既に登録されています。別のキーを入力してください。");
		}
		checkPlaceholders(problems, "subject", "件名", subject);
		checkPlaceholders(problems, "body", "本文", body);
		problems.throwIfAny();
		return new MailTemplateInput(key, subject, body, description);
	}

	private static void checkPlaceholders(InputProblems problems, String field, String label, String text) {
		if (text != null && !problems.has(field) && MailTemplates.hasBrokenPlaceholder(text)) {
			problems.add(field, label + "の差込項目の書き方が正しくありません。{{projectName}} のように、半角英数字の項目名を"
					+ "二重の波かっこで囲んでください。");
		}
	}

	private MailTemplateEntity find(long id) {
		return templates.findById(id)
			.orElseThrow(() -> new NotFoundException("通知メールテンプレート（ID " + id + "）は見つかりません。"));
	}

	private void publish(long id, Change change, String detail) {
		events.publishEvent(new MasterDataChanged(Kind.MAIL_TEMPLATE, Long.toString(id), change, detail));
	}
}
