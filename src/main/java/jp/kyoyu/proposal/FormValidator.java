package jp.kyoyu.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jp.kyoyu.proposal.FormSchema.Field;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.Wording;

/**
 * Checks form data against the form's own rules on the server (C3.2), so no client can skip them. Of the FEEL
 * in {@code conditional.hide} only {@code =key = "VALUE"} and {@code =key != "VALUE"} are evaluated; a field
 * with any other condition counts as shown (docs/modules/proposal.md).
 */
final class FormValidator {

	private static final Pattern SIMPLE_HIDE = Pattern.compile("^=\\s*([A-Za-z_][\\w]*)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*$");

	private FormValidator() {
	}

	/** Every problem, in form order; {@code notRequired} are keys whose emptiness is fine (the answer part). */
	static List<FieldProblem> problems(FormSchema schema, Map<String, Object> data, Set<String> notRequired) {
		List<FieldProblem> problems = new ArrayList<>();
		for (Field field : schema.fields()) {
			if (hidden(field, data)) {
				continue;
			}
			Object value = data.get(field.key());
			String message = isEmpty(value)
					? (field.required() && !notRequired.contains(field.key()) ? missing(field) : null)
					: check(field, value);
			if (message != null) {
				problems.add(new FieldProblem(field.key(), message));
			}
		}
		return problems;
	}

	/** Whether a simple {@code conditional.hide} expression hides the field for this data. */
	static boolean hidden(Field field, Map<String, Object> data) {
		if (field.hide() == null) {
			return false;
		}
		Matcher m = SIMPLE_HIDE.matcher(field.hide());
		if (!m.matches()) {
			return false;
		}
		boolean equal = Objects.equals(String.valueOf(data.get(m.group(1))), m.group(3));
		return m.group(2).equals("=") == equal;
	}

	static boolean isEmpty(Object value) {
		return value == null || (value instanceof String s && s.isBlank())
				|| (value instanceof Collection<?> c && c.isEmpty()) || Boolean.FALSE.equals(value);
	}

	private static String missing(Field field) {
		return switch (field.type()) {
			case "radio", "select", "checklist" -> Wording.of("proposal.form.choose", field.label());
			case "checkbox" -> Wording.of("proposal.form.tick", field.label());
			default -> Wording.of("proposal.form.enter", field.label());
		};
	}

	private static String check(Field field, Object value) {
		return switch (field.type()) {
			case "number" -> number(field, value);
			case "datetime" -> date(field, value);
			case "checkbox" -> value instanceof Boolean ? null : Wording.of("proposal.form.checkbox", field.label());
			case "checklist" -> value instanceof Collection<?> values
					&& values.stream().allMatch(v -> v != null && allowed(field, v.toString())) ? null
							: Wording.of("proposal.form.option", field.label());
			case "radio", "select" -> !(value instanceof Collection) && allowed(field, value.toString()) ? null
					: Wording.of("proposal.form.option", field.label());
			default -> text(field, value);
		};
	}

	private static boolean allowed(Field field, String value) {
		// Options from variables (valuesKey) are not in the schema: nothing to compare with.
		return field.options().isEmpty() || field.options().stream().anyMatch(o -> o.value().equals(value));
	}

	private static String text(Field field, Object value) {
		if (!(value instanceof String || value instanceof Number)) {
			return Wording.of("proposal.form.text", field.label());
		}
		String text = value.toString();
		int length = text.codePointCount(0, text.length());
		if (field.maxLength() != null && length > field.maxLength()) {
			return Wording.of("proposal.form.too-long", field.label(), field.maxLength(), length);
		}
		if (field.minLength() != null && length < field.minLength()) {
			return Wording.of("proposal.form.too-short", field.label(), field.minLength());
		}
		if (field.pattern() != null && !matches(field.pattern(), text)) {
			return field.description() == null ? Wording.of("proposal.form.pattern", field.label())
					: Wording.of("proposal.form.pattern.described", field.label(), field.description());
		}
		return null;
	}

	private static boolean matches(String pattern, String text) {
		try {
			// form-js tests the pattern against the whole value.
			return Pattern.compile(pattern).matcher(text).matches();
		}
		catch (PatternSyntaxException e) {
			return true;
		}
	}

	private static String number(Field field, Object value) {
		BigDecimal number;
		try {
			number = new BigDecimal(value.toString().trim());
		}
		catch (NumberFormatException e) {
			return Wording.of("proposal.form.number", field.label());
		}
		if (value instanceof Boolean || value instanceof Collection) {
			return Wording.of("proposal.form.number", field.label());
		}
		if (field.min() != null && number.compareTo(field.min()) < 0) {
			return Wording.of("proposal.form.min", field.label(), field.min().toPlainString());
		}
		if (field.max() != null && number.compareTo(field.max()) > 0) {
			return Wording.of("proposal.form.max", field.label(), field.max().toPlainString());
		}
		return null;
	}

	private static String date(Field field, Object value) {
		try {
			LocalDate.parse(value.toString());
			return null;
		}
		catch (DateTimeParseException e) {
			return Wording.of("proposal.form.date", field.label());
		}
	}
}
