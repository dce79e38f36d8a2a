package jp.kyoyu.bench.volume;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one copy of a template row differs from it: values that name something of the template (an engine id, a
 * user, the title, the project's name) are swapped for this copy's, and every point in time moves by the same
 * amount, so the copy keeps the order and the gaps of what the real services and the engine wrote.
 */
final class Copies {

	private final Map<String, String> exact = new HashMap<>();

	private final Map<String, String> users;

	private final Duration shift;

	Copies(Map<String, String> users, Duration shift) {
		this.users = users;
		this.shift = shift;
		exact.putAll(users);
	}

	/** Every string equal to {@code from} becomes {@code to}. */
	Copies swap(String from, String to) {
		exact.put(from, to);
		return this;
	}

	boolean knows(String value) {
		return exact.containsKey(value);
	}

	Map<String, Object> of(Map<String, Object> template, Map<String, Object> overrides) {
		Map<String, Object> copy = new LinkedHashMap<>();
		template.forEach((column, value) -> copy.put(column, value(value)));
		copy.putAll(overrides);
		return copy;
	}

	Object value(Object value) {
		if (value instanceof String text) {
			return text(text);
		}
		if (value instanceof OffsetDateTime time) {
			return time.minus(shift);
		}
		if (value instanceof Timestamp time) {
			return Timestamp.from(time.toInstant().minus(shift));
		}
		if (value instanceof LocalDateTime time) {
			return time.minus(shift);
		}
		if (value instanceof LocalDate date) {
			return date.minusDays(shift.toDays());
		}
		if (value instanceof Date date) {
			return Date.valueOf(date.toLocalDate().minusDays(shift.toDays()));
		}
		return value;
	}

	private String text(String text) {
		String swapped = exact.get(text);
		if (swapped != null) {
			return swapped;
		}
		if (text.startsWith("{") || text.startsWith("[")) {
			// JSON (a route, a proposal's fields): users and names inside it
			String json = text;
			for (Map.Entry<String, String> swap : exact.entrySet()) {
				json = json.replace("\"" + swap.getKey() + "\"", "\"" + swap.getValue() + "\"");
			}
			return json;
		}
		if (text.indexOf(',') > 0 && text.length() < 4000) {
			// a route as the model keeps it: "shunin,kantoku,sokatsu"
			String[] parts = text.split(",", -1);
			boolean changed = false;
			for (int i = 0; i < parts.length; i++) {
				String user = users.get(parts[i]);
				if (user != null) {
					parts[i] = user;
					changed = true;
				}
			}
			return changed ? String.join(",", parts) : text;
		}
		return text;
	}
}
