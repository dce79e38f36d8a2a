package jp.kyoyu.project;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The basic-info items that are lists, kept as one item per line: 工種-工法型式 ({@code 工種／工法型式}) and 水系-路線.
 * Blank lines go; a pair may be typed with {@code /}, {@code ／} or a tab between its parts and is stored with
 * {@code ／} (a JIS X 0208 character, so the deliverable's checker never trips over the separator).
 */
public final class ProjectLines {

	/** How a stored pair separates 工種 from 工法型式. */
	public static final String PAIR_SEPARATOR = "／";

	private static final Pattern TYPED_SEPARATOR = Pattern.compile("\\s*[/／\\t]\\s*");

	private ProjectLines() {
	}

	/** The non-blank lines, stripped. */
	public static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** A stored pair's parts: {@code [工種, 工法型式]} (the second empty when there is none). */
	public static String[] pair(String line) {
		String[] parts = line.split(PAIR_SEPARATOR, 2);
		return new String[] { parts[0].strip(), parts.length > 1 ? parts[1].strip() : "" };
	}

	static String normalize(String text) {
		List<String> lines = lines(text);
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	static String normalizePairs(String text) {
		List<String> lines = lines(text).stream()
			.map(line -> TYPED_SEPARATOR.matcher(line).replaceFirst(PAIR_SEPARATOR))
			.toList();
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	/** The first line of a normalized 工種-工法型式 list that is not {@code 工種／工法型式}. */
	static Optional<String> unpaired(String normalized) {
		return lines(normalized).stream().filter(line -> {
			String[] parts = pair(line);
			return parts[0].isEmpty() || parts[1].isEmpty() || parts[1].contains(PAIR_SEPARATOR);
		}).findFirst();
	}
}
