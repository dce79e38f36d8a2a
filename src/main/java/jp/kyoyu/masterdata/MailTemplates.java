package jp.kyoyu.masterdata;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fills notification mail templates for the modules that send mail. */
@Service
@Transactional(readOnly = true)
public class MailTemplates {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");

	private final MailTemplateRepository templates;

	MailTemplates(MailTemplateRepository templates) {
		this.templates = templates;
	}

	/**
	 * The template {@code key} with every {@code {{name}}} replaced by {@code values.get(name)}. A placeholder
	 * without a value stays visible as written, so a missing value shows in the mail instead of losing it.
	 *
	 * @throws UnknownMailTemplateException when no template has this key
	 */
	public RenderedMail render(String key, Map<String, String> values) {
		MailTemplate template = templates.findByKey(key)
			.map(MailTemplateEntity::toMailTemplate)
			.orElseThrow(() -> new UnknownMailTemplateException(key));
		Map<String, String> given = values == null ? Map.of() : values;
		// A line break in the subject would start a new mail header.
		String subject = fill(template.subject(), given).replaceAll("[\\r\\n]+", " ");
		return new RenderedMail(subject, fill(template.body(), given));
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
