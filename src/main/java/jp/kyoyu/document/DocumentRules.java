package jp.kyoyu.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** The checks of a registration, all reported at once in Japanese naming the field. */
final class DocumentRules {

	static final int MAX_TITLE = 200;

	static final int MAX_CATEGORY = 100;

	private DocumentRules() {
	}

	record Clean(String title, String category, LocalDate date) {
	}

	static Clean check(DocumentInput input, int fileCount, String firstFileName) {
		List<FieldProblem> problems = new ArrayList<>();
		String title = clean(input.title());
		if (title.isEmpty() && firstFileName != null) {
			title = firstFileName;
		}
		if (title.length() > MAX_TITLE) {
			problems.add(new FieldProblem("title", Wording.of("document.rules.title-too-long", MAX_TITLE)));
		}
		jp.kyoyu.shared.CleanText.checkLine(problems, "title", Wording.of("document.rules.title"), title);
		String category = clean(input.category());
		jp.kyoyu.shared.CleanText.checkLine(problems, "category", Wording.of("document.rules.category"), category);
		if (category.isEmpty()) {
			problems.add(new FieldProblem("category", Wording.of("document.rules.category-missing")));
		}
		else if (category.length() > MAX_CATEGORY) {
			problems.add(new FieldProblem("category", Wording.of("document.rules.category-too-long", MAX_CATEGORY)));
		}
		LocalDate date = null;
		String rawDate = clean(input.date());
		if (rawDate.isEmpty()) {
			problems.add(new FieldProblem("date", Wording.of("document.rules.date-missing")));
		}
		else {
			date = parseDate(rawDate);
			if (date == null) {
				problems.add(new FieldProblem("date", Wording.of("document.rules.date-invalid")));
			}
		}
		if (fileCount == 0) {
			problems.add(new FieldProblem("file", Wording.of("document.rules.no-file")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Clean(title, category, date);
	}

	static LocalDate parseDate(String raw) {
		for (String pattern : List.of("uuuu-MM-dd", "uuuu/MM/dd", "uuuu/M/d")) {
			try {
				return LocalDate.parse(raw, DateTimeFormatter.ofPattern(pattern)
					.withResolverStyle(java.time.format.ResolverStyle.STRICT));
			}
			catch (DateTimeParseException e) {
				// try the next form
			}
		}
		return null;
	}

	private static String clean(String raw) {
		return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
	}
}
