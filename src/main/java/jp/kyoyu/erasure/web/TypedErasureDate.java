package jp.kyoyu.erasure.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jp.kyoyu.erasure.ErasureRefused;
import jp.kyoyu.shared.Wording;

/**
 * The erasure date as typed into the API or the page: a date that cannot be read is the erasure's own refusal
 * (422 on the API, the message next to the field on the page), like its other rules; blank is left to them.
 */
final class TypedErasureDate {

	private TypedErasureDate() {
	}

	static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new ErasureRefused("erasureDate", Wording.of("erasure.date.format"));
		}
	}
}
