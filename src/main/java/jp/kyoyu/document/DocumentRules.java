package jp.kyoyu.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;

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
			problems.add(new FieldProblem("title", "件名は" + MAX_TITLE + "文字以内で入力してください。"));
		}
		jp.kyoyu.shared.CleanText.checkLine(problems, "title", "件名", title);
		String category = clean(input.category());
		jp.kyoyu.shared.CleanText.checkLine(problems, "category", "区分", category);
		if (category.isEmpty()) {
			problems.add(new FieldProblem("category", "区分を入力してください（例: 打合せ簿、施工計画書）。"));
		}
		else if (category.length() > MAX_CATEGORY) {
			problems.add(new FieldProblem("category", "区分は" + MAX_CATEGORY + "文字以内で入力してください。"));
		}
		LocalDate date = null;
		String rawDate = clean(input.date());
		if (rawDate.isEmpty()) {
			problems.add(new FieldProblem("date", "日付を入力してください（例: 2026-06-01）。"));
		}
		else {
			date = parseDate(rawDate);
			if (date == null) {
				problems.add(new FieldProblem("date", "日付は 2026-06-01 または 2026/06/01 の形で、実在する日を入力してください。"));
			}
		}
		if (fileCount == 0) {
			problems.add(new FieldProblem("file", "登録するファイルを1つ以上選んでください。"));
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
