package jp.kyoyu.identity;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The module's wording from {@code i18n/identity.properties}, so a message is changed in one place and not in Java.
 * Always Japanese, like {@link FeatureAuthorization}'s refusals and the rest of the API's errors: a script or a
 * Tasklist user gets the same text whatever their browser asks for.
 */
@Component
class IdentityTexts {

	private final MessageSourceAccessor messages;

	IdentityTexts(MessageSource messages) {
		this.messages = new MessageSourceAccessor(messages, Locale.JAPANESE);
	}

	String get(String key, Object... arguments) {
		return messages.getMessage(key, arguments);
	}
}
