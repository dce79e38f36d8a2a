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
			case "radio", "select", "checklist" -> quoted(field) + "を選んでください。";
			case "checkbox" -> quoted(field) + "にチェックを入れてください。";
			default -> quoted(field) + "を入力してください。";
		};
	}

	private static String check(Field field, Object value) {
		return switch (field.type()) {
			case "number" -> number(field, value);
			case "datetime" -> date(field, value);
			case "checkbox" -> value instanceof Boolean ? null : quoted(field) + "はチェックの有無で指定してください。";
			case "checklist" -> value instanceof Collection<?> values
					&& values.stream().allMatch(v -> v != null && allowed(field, v.toString())) ? null
							: quoted(field) + "は選択肢の中から選んでください。";
			case "radio", "select" -> !(value instanceof Collection) && allowed(field, value.toString()) ? null
					: quoted(field) + "は選択肢の中から選んでください。";
			default -> text(field, value);
		};
	}

	private static boolean allowed(Field field, String value) {
		// Options from variables (valuesKey) are not in the schema: nothing to compare with.
		return field.options().isEmpty() || field.options().stream().anyMatch(o -> o.value().equals(value));
	}

	private static String text(Field field, Object value) {
		if (!(value instanceof String || value instanceof Number)) {
			return quoted(field) + "は文字で入力してください。";
		}
		String text = value.toString();
		int length = text.codePointCount(0, text.length());
		if (field.maxLength() != null && length > field.maxLength()) {
			return quoted(field) + "は" + field.maxLength() + "文字以内で入力してください（今は" + length + "文字です）。";
		}
		if (field.minLength() != null && length < field.minLength()) {
			return quoted(field) + "は" + field.minLength() + "文字以上で入力してください。";
		}
		if (field.pattern() != null && !matches(field.pattern(), text)) {
			return quoted(field) + "の形式が正しくありません。"
					+ (field.description() != null ? "（" + field.description() + "）" : "");
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
			return quoted(field) + "は半角の数字で入力してください。";
		}
		if (value instanceof Boolean || value instanceof Collection) {
			return quoted(field) + "は半角の数字で入力してください。";
		}
		if (field.min() != null && number.compareTo(field.min()) < 0) {
			return quoted(field) + "は" + field.min().toPlainString() + "以上にしてください。";
		}
		if (field.max() != null && number.compareTo(field.max()) > 0) {
			return quoted(field) + "は" + field.max().toPlainString() + "以下にしてください。";
		}
		return null;
	}

	private static String date(Field field, Object value) {
		try {
			LocalDate.parse(value.toString());
			return null;
		}
		catch (DateTimeParseException e) {
			return quoted(field) + "は正しい日付（例: 2026-04-01）で入力してください。";
		}
	}

	private static String quoted(Field field) {
		return "「" + field.label() + "」";
	}
}
