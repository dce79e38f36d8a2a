package jp.kyoyu.masterdata;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.SharedVersions;
import jp.kyoyu.shared.StampedCache;

/**
 * Fills notification mail templates for the modules that send mail. The templates are kept (docs/scaling.md "Kept
 * answers"): every approval step mails, and a template changes only when an administrator edits it.
 */
@Service
@Transactional(readOnly = true)
public class MailTemplates {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");

	/** A bound for an edit made around Kyoyu (straight in the database); Kyoyu's own edits are seen at once. */
	static final Duration KEPT = Duration.ofMinutes(5);

	private final MailTemplateRepository templates;

	private final StampedCache<String, Optional<MailTemplate>> kept;

	MailTemplates(MailTemplateRepository templates, SharedVersions shared) {
		this.templates = templates;
		this.kept = new StampedCache<>("masterdata.mailTemplates", shared, KEPT, 1_000);
	}

	/**
	 * The template {@code key} with every {@code {{name}}} replaced by {@code values.get(name)}. A placeholder
	 * without a value stays visible as written, so a missing value shows in the mail instead of losing it.
	 *
	 * @throws UnknownMailTemplateException when no template has this key
	 */
	public RenderedMail render(String key, Map<String, String> values) {
		MailTemplate template = kept.get(key, this::read).orElseThrow(() -> new UnknownMailTemplateException(key));
		Map<String, String> given = values == null ? Map.of() : values;
		// A line break in the subject would start a new mail header.
		String subject = fill(template.subject(), given).replaceAll("[\\r\\n]+", " ");
		return new RenderedMail(subject, fill(template.body(), given));
	}

	private Optional<MailTemplate> read(String key) {
		return templates.findByKey(key).map(MailTemplateEntity::toMailTemplate);
	}

	/**
	 * Any template created, changed or deleted: all are read afresh once the change commits, on every node. A plain
	 * listener, so that no event publication is stored for it.
	 */
	@EventListener
	void on(MasterDataChanged changed) {
		if (changed.kind() == MasterDataChanged.Kind.MAIL_TEMPLATE) {
			kept.forgetAllAfterCommit();
		}
	}

	static String fill(String text, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		return matcher.replaceAll(match -> {
			String value = values.get(match.group(1));
			return Matcher.quoteReplacement(value == null ? match.group() : value);
		});
	}

	/** Whether {@code text} has braces that do not form a {@code {{name}}}, usually a typing mistake. */
	static boolean hasBrokenPlaceholder(String text) {
		String rest = PLACEHOLDER.matcher(text).replaceAll("");
		return rest.contains("{{") || rest.contains("}}");
	}
}
