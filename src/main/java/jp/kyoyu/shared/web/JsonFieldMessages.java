package jp.kyoyu.shared.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.FieldProblem;

/**
 * The Japanese answer to a JSON body whose values are of the wrong kind: the field, its label and the form expected,
 * e.g. 「fiscalYear」（発注年度）の値の形式が正しくありません。半角数字の整数で指定してください。
 * <p>
 * Wording lives in the bundles: the sentences in {@code messages.properties} ({@code json.*}), a field's label in its
 * module's bundle as {@code json.label.<module>.<field>} (the module of the body's record, so {@code kind} can be
 * 種別 in {@code project} and something else elsewhere), and a choice that wants its own words as
 * {@code json.expected.<EnumName>}.
 */
@Component
class JsonFieldMessages {

	private final MessageSource messages;

	JsonFieldMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** One problem per field; a wrong element of a list is reported for the list, as the form shows one input for it. */
	List<FieldProblem> describe(Class<?> bodyType, List<BodyFaults.Fault> faults) {
		Map<String, FieldProblem> byField = new LinkedHashMap<>();
		for (BodyFaults.Fault fault : faults) {
			String path = fault.path() == null ? "" : fault.path();
			int element = firstIndex(path);
			if (element == 0) {
				element = -1; // the body itself is a list: each element is its own entry
			}
			String field = element < 0 ? path : path.substring(0, element - 1);
			byField.putIfAbsent(field, field.isEmpty() ? bodyNotAnObject()
					: new FieldProblem(field, invalid(bodyType, field, fault.expected(), element >= 0)));
		}
		return List.copyOf(byField.values());
	}

	FieldProblem bodyNotAnObject() {
		return new FieldProblem(null, text("json.body.object"));
	}

	private String invalid(Class<?> bodyType, String field, Class<?> expected, boolean inList) {
		String form = expected(expected);
		if (inList) {
			form = form.isEmpty() ? text("json.expected.list")
					: messages.getMessage("json.expected.elements", new Object[] { form }, locale());
		}
		String label = bodyType == null ? null
				: messages.getMessage("json.label." + module(bodyType) + "." + field, null, null, locale());
		return label == null ? messages.getMessage("json.field.invalid", new Object[] { field, form }, locale())
				: messages.getMessage("json.field.invalid.labelled", new Object[] { field, label, form }, locale());
	}

	private String expected(Class<?> type) {
		if (type == null) {
			return "";
		}
		if (type.isEnum()) {
			String choices = choices(type);
			String own = messages.getMessage("json.expected." + type.getSimpleName(), new Object[] { choices }, null,
					locale());
			return own != null ? own : messages.getMessage("json.expected.choice", new Object[] { choices }, locale());
		}
		if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
				|| type == int.class || type == long.class || type == short.class || type == byte.class
				|| type == BigInteger.class) {
			return text("json.expected.integer");
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
				|| type == BigDecimal.class) {
			return text("json.expected.number");
		}
		if (type == LocalDate.class) {
			return text("json.expected.date");
		}
		if (type == String.class || type == char.class || type == Character.class) {
			return text("json.expected.text");
		}
		if (type == Boolean.class || type == boolean.class) {
			return text("json.expected.boolean");
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return text("json.expected.list");
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return text("json.expected.object");
		}
		return "";
	}

	/**
	 * The names the API accepts, each with its wording when the bundle says where that is ({@code
	 * json.choices.ProjectRole=project.role}: {@code project.role.SITE_AGENT}), so the user sees what each means.
	 */
	private String choices(Class<?> type) {
		String wording = messages.getMessage("json.choices." + type.getSimpleName(), null, null, locale());
		List<String> names = Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
		if (wording == null) {
			return String.join(text("json.choice.separator"), names);
		}
		return names.stream()
			.map(name -> messages.getMessage("json.choice.labelled",
					new Object[] { name, messages.getMessage(wording + "." + name, null, name, locale()) }, locale()))
			.collect(Collectors.joining(text("json.choice.labelled.separator")));
	}

	/** {@code jp.kyoyu.project.web.NewProject} → {@code project}. */
	private static String module(Class<?> type) {
		String[] parts = type.getName().split("\\.");
		return parts.length > 2 ? parts[2] : "";
	}

	private static int firstIndex(String path) {
		String[] parts = path.split("\\.");
		int at = 0;
		for (String part : parts) {
			if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
				return at;
			}
			at += part.length() + 1;
		}
		return -1;
	}

	private String text(String code) {
		return messages.getMessage(code, null, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
