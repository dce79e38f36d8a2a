package jp.kyoyu.identity.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The notices and problems identity's pages and API show, from {@code i18n/identity.properties}. Japanese, like
 * the module's other messages ({@code identity.IdentityTexts}) and the API's errors, so a notice reads the same as
 * the refusal next to it.
 */
@Component
class IdentityPageTexts {

	private final MessageSourceAccessor messages;

	IdentityPageTexts(MessageSource messages) {
		this.messages = new MessageSourceAccessor(messages, Locale.JAPANESE);
	}

	String get(String key, Object... arguments) {
		return messages.getMessage(key, arguments);
	}
}
