package jp.kyoyu.shared;

import java.util.List;

/**
 * The one place that decides which characters users' text may hold (issue #15, ASVS V5). Refused everywhere:
 * NUL and the other C0 controls, DEL and the C1 controls (U+0080–U+009F), the bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069, which make {@code exe.jpg} out of {@code gpj.exe}) and unpaired
 * surrogates (not a character at all; databases and PDF fonts fail on them). Multi-line text (bodies, comments)
 * may keep tab, line feed and carriage return; one-line text (titles, names, file names) may not.
 *
 * <p>
 * Refused, not silently removed: a changed title or file name would be stored as something the user never
 * typed, and a removed override hides that someone tried. docs/security/input.md.
 */
public final class CleanText {

	private CleanText() {
	}

	/** The problem with one line of text (a title, a name), or {@literal null} when it is clean or absent. */
	public static FieldProblem lineProblem(String field, String label, String value) {
		return problem(field, label, value, false);
	}

	/** The problem with multi-line text (a body, a comment), or {@literal null} when it is clean or absent. */
	public static FieldProblem textProblem(String field, String label, String value) {
		return problem(field, label, value, true);
	}

	/** Adds the problem of a one-line {@code value}, if any, to {@code problems}. */
	public static void checkLine(List<FieldProblem> problems, String field, String label, String value) {
		add(problems, lineProblem(field, label, value));
	}

	/** Adds the problem of a multi-line {@code value}, if any, to {@code problems}. */
	public static void checkText(List<FieldProblem> problems, String field, String label, String value) {
		add(problems, textProblem(field, label, value));
	}

	/** @throws InvalidInputException naming {@code label} when the one line holds a refused character */
	public static void requireLine(String field, String label, String value) {
		FieldProblem problem = lineProblem(field, label, value);
		if (problem != null) {
			throw new InvalidInputException(List.of(problem));
		}
	}

	/** @throws InvalidInputException naming {@code label} when the text holds a refused character */
	public static void requireText(String field, String label, String value) {
		FieldProblem problem = textProblem(field, label, value);
		if (problem != null) {
			throw new InvalidInputException(List.of(problem));
		}
	}

	/**
	 * @throws InvalidInputException naming the file (its refused characters shown as {@code ?}) when an uploaded
	 * file's name holds a refused character
	 */
	public static void requireFileName(String field, String name) {
		FieldProblem problem = fileNameProblem(field, name);
		if (problem != null) {
			throw new InvalidInputException(List.of(problem));
		}
	}

	/** The problem with an uploaded file's name, or {@literal null} when it is clean or absent. */
	public static FieldProblem fileNameProblem(String field, String name) {
		if (name == null || firstRefused(name, false) < 0) {
			return null;
		}
		return new FieldProblem(field, Wording.of("error.text.file-name", visible(name)));
	}

	/** Whether {@code value} holds no refused character; tab and line breaks count as clean when multi-line. */
	public static boolean isClean(String value, boolean multiLine) {
		return value == null || firstRefused(value, multiLine) < 0;
	}

	/** {@code value} with every refused character (tab and line breaks included) shown as {@code ?}. */
	public static String visible(String value) {
		StringBuilder shown = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
				shown.append(c).append(value.charAt(++i));
			}
			else {
				shown.append(refused(c, false) || Character.isSurrogate(c) ? '?' : c);
			}
		}
		return shown.length() > 80 ? shown.substring(0, 80) + "…" : shown.toString();
	}

	private static FieldProblem problem(String field, String label, String value, boolean multiLine) {
		if (value == null || firstRefused(value, multiLine) < 0) {
			return null;
		}
		return new FieldProblem(field, Wording.of(multiLine ? "error.text.refused" : "error.text.refused-single-line", label));
	}

	/** The index of the first refused character, or -1. */
	private static int firstRefused(String value, boolean multiLine) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
					i++;
					continue;
				}
				return i;
			}
			if (Character.isLowSurrogate(c) || refused(c, multiLine)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean refused(char c, boolean multiLine) {
		if (multiLine && (c == '\t' || c == '\n' || c == '\r')) {
			return false;
		}
		return c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
	}

	private static void add(List<FieldProblem> problems, FieldProblem problem) {
		if (problem != null) {
			problems.add(problem);
		}
	}
}
