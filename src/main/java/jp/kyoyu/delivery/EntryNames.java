package jp.kyoyu.delivery;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of the entries inside one directory of an export: the name shown in Kyoyu, made safe for
 * Windows (where the media are read) and unique. A second {@code 報告書.pdf} in the same folder becomes
 * {@code 報告書 (2).pdf}, the third {@code 報告書 (3).pdf}, in Kyoyu's order, so the same tree always gives the
 * same names. Comparison ignores case, as Windows does.
 */
final class EntryNames {

	private static final Pattern NOT_ALLOWED = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

	private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
			"COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
			"LPT9");

	private final Map<String, Integer> taken = new HashMap<>();

	/** A unique, safe name for the next entry with this display name. */
	String next(String displayName) {
		String safe = safe(displayName);
		String candidate = safe;
		int counter = 1;
		while (taken.containsKey(key(candidate))) {
			counter++;
			candidate = numbered(safe, counter);
		}
		taken.put(key(candidate), counter);
		return candidate;
	}

	/**
	 * One path segment as Windows accepts it: characters it refuses become {@code _}, trailing dots and spaces
	 * go, device names get a leading {@code _}, and an empty name becomes {@code _}.
	 */
	static String safe(String name) {
		String clean = NOT_ALLOWED.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC))
			.replaceAll("_")
			.strip();
		clean = clean.replaceAll("[. ]+$", "");
		if (clean.isEmpty()) {
			return "_";
		}
		String base = clean.contains(".") ? clean.substring(0, clean.indexOf('.')) : clean;
		if (RESERVED.contains(base.toUpperCase(Locale.ROOT))) {
			clean = "_" + clean;
		}
		return clean.length() > 200 ? shorten(clean) : clean;
	}

	private static String shorten(String name) {
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
		return name.substring(0, 200 - extension.length()) + extension;
	}

	private static String numbered(String name, int counter) {
		int dot = name.lastIndexOf('.');
		if (dot <= 0) {
			return name + " (" + counter + ")";
		}
		return name.substring(0, dot) + " (" + counter + ")" + name.substring(dot);
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}
}
