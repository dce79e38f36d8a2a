package jp.kyoyu.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Which form fields differ between two versions of a proposal's data ("what changed" of a revision, C4.16). */
final class ChangedFields {

	private ChangedFields() {
	}

	/** The keys whose value differs, those of {@code after} first; an empty text counts as no value. */
	static List<String> keys(Map<String, Object> before, Map<String, Object> after) {
		List<String> changed = new ArrayList<>();
		after.forEach((key, value) -> {
			if (!Objects.equals(normal(value), normal(before.get(key)))) {
				changed.add(key);
			}
		});
		before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(changed::add);
		return changed;
	}

	private static Object normal(Object value) {
		return value == null || "".equals(value) ? null : value.toString();
	}
}
