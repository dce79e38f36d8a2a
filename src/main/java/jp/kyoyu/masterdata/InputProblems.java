package jp.kyoyu.masterdata;

import java.util.ArrayList;
import java.util.List;

import jp.kyoyu.shared.CleanText;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/**
 * Collects every problem of one input before anything is saved, so the administrator sees them all at once,
 * each naming the field in Japanese.
 */
final class InputProblems {

	private final List<FieldProblem> problems = new ArrayList<>();

	/** A one-line text: trimmed, {@literal null} when blank; noted when required and missing or too long. */
	String line(String field, String label, String value, int maxLength, boolean required) {
		String text = text(field, label, value, maxLength, required);
		if (text != null && text.chars().anyMatch(Character::isISOControl)) {
			add(field, Wording.of("masterdata.input.one-line", label));
		}
		else if (!CleanText.isClean(text, false)) {
			problems.add(CleanText.lineProblem(field, label, text));
		}
		return text;
	}

	/** A text that may span lines (mail bodies, descriptions). */
	String text(String field, String label, String value, int maxLength, boolean required) {
		String text = value == null || value.isBlank() ? null : value.replace("\r\n", "\n").strip();
		if (text == null) {
			if (required) {
				add(field, Wording.of("masterdata.input.missing", label));
			}
			return null;
		}
		if (!CleanText.isClean(text, true)) {
			problems.add(CleanText.textProblem(field, label, text));
		}
		int length = text.codePointCount(0, text.length());
		if (length > maxLength) {
			add(field, Wording.of("masterdata.input.too-long", label, maxLength, length));
		}
		return text;
	}

	<T> T required(String field, String message, T value) {
		if (value == null) {
			add(field, message);
		}
		return value;
	}

	void add(String field, String message) {
		problems.add(new FieldProblem(field, message));
	}

	boolean has(String field) {
		return problems.stream().anyMatch(problem -> field.equals(problem.field()));
	}

	void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}
}
