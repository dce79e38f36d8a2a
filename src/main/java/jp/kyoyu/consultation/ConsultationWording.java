package jp.kyoyu.consultation;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * This module's wording, kept in {@code i18n/consultation.properties}. What the caller reads (errors) comes in
 * the caller's language; what is kept or sent for others (board notices, filed documents, the proposal's text,
 * the certificate's counts) in Japanese, the project's language, whoever caused it. Numbers are passed as text,
 * so MessageFormat writes 20000, not 20,000.
 */
@Component
class ConsultationWording {

	private final MessageSource messages;

	ConsultationWording(MessageSource messages) {
		this.messages = messages;
	}

	/** For the caller, in the caller's language. */
	String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** For the caller; {@code fallback} when the bundle has no such key (e.g. a status added later). */
	String textOr(String fallback, String key) {
		return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}

	/** For the project's records and for the other side: always Japanese. */
	String recorded(String key, Object... args) {
		return messages.getMessage(key, args, Locale.JAPANESE);
	}
}
