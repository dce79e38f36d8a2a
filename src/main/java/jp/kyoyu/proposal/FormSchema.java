package jp.kyoyu.proposal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The input fields of a Camunda Form (form-js schema 16), in the order they are shown, with groups flattened.
 * Only what the server checks and prints is read; layout and styling are left to the viewer.
 */
record FormSchema(String id, List<Field> fields) {

	/** Component types that carry no data. */
	private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "image", "spacer", "separator",
			"button", "iframe", "table", "documentPreview");

	/** One input field; {@code group} is the label of the group it sits in, or null. */
	record Field(String key, String type, String label, String description, String group, boolean required,
			Integer minLength, Integer maxLength, String pattern, BigDecimal min, BigDecimal max,
			List<Option> options, String hide) {

		boolean hasOptions() {
			return type.equals("radio") || type.equals("select") || type.equals("checklist");
		}

		String optionLabel(String value) {
			return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
		}
	}

	record Option(String value, String label) {
	}

	static FormSchema parse(JsonNode form) {
		List<Field> fields = new ArrayList<>();
		collect(form.path("components"), null, fields);
		return new FormSchema(form.path("id").asText(), List.copyOf(fields));
	}

	Set<String> keys() {
		Set<String> keys = new LinkedHashSet<>();
		fields.forEach(field -> keys.add(field.key()));
		return keys;
	}

	private static void collect(JsonNode components, String group, List<Field> into) {
		for (JsonNode component : components) {
			String type = component.path("type").asText();
			if (component.has("components")) {
				String label = component.path("label").asText(null);
				collect(component.path("components"), label != null ? label : group, into);
			}
			else if (component.hasNonNull("key") && !DISPLAY_ONLY.contains(type)) {
				into.add(field(component, type, group));
			}
		}
	}

	private static Field field(JsonNode c, String type, String group) {
		JsonNode validate = c.path("validate");
		String label = c.path(type.equals("datetime") ? "dateLabel" : "label").asText("");
		List<Option> options = new ArrayList<>();
		c.path("values").forEach(v -> options.add(new Option(v.path("value").asText(), v.path("label").asText())));
		return new Field(c.get("key").asText(), type, label.isBlank() ? c.get("key").asText() : label,
				c.path("description").asText(null), group, validate.path("required").asBoolean(false),
				integer(validate, "minLength"), integer(validate, "maxLength"), validate.path("pattern").asText(null),
				decimal(validate, "min"), decimal(validate, "max"), List.copyOf(options),
				c.path("conditional").path("hide").asText(null));
	}

	private static Integer integer(JsonNode node, String name) {
		return node.path(name).isNumber() ? node.get(name).intValue() : null;
	}

	private static BigDecimal decimal(JsonNode node, String name) {
		return node.path(name).isNumber() ? node.get(name).decimalValue() : null;
	}
}
