package jp.kyoyu.board;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** Filters of a board list (C2.7): words in the title, the author's user id or name, creation dates inclusive. */
public record PostSearch(String q, String author, LocalDate from, LocalDate to) {

	public static PostSearch none() {
		return new PostSearch(null, null, null, null);
	}

	/** From the query string as typed; dates are {@code yyyy-MM-dd}. */
	public static PostSearch of(String q, String author, String from, String to) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate start = date("from", Wording.of("board.search.start"), from, problems);
		LocalDate end = date("to", Wording.of("board.search.end"), to, problems);
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(new FieldProblem("to", Wording.of("board.search.end-before-start")));
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
			problems.add(new FieldProblem(field, Wording.of("board.search.date-format", label)));
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
