package jp.kyoyu.board;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;

/** Filters of a board list (C2.7): words in the title, the author's user id or name, creation dates inclusive. */
public record PostSearch(String q, String author, LocalDate from, LocalDate to) {

	public static PostSearch none() {
		return new PostSearch(null, null, null, null);
	}

	/** From the query string as typed; dates are {@code yyyy-MM-dd}. */
	public static PostSearch of(String q, String author, String from, String to) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate start = date("from", "期間の開始日", from, problems);
		LocalDate end = date("to", "期間の終了日", to, problems);
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(new FieldProblem("to", "期間の終了日は開始日と同じか後の日付にしてください。"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new PostSearch(blankToNull(q), blankToNull(author), start, end);
	}

	private static LocalDate date(String field, String label, String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(new FieldProblem(field, label + "は 2026-04-01 の形で入力してください。"));
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
