package jp.kyoyu.board;

import java.util.ArrayList;
import java.util.List;

import jp.kyoyu.shared.CleanText;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** Checks what an author typed, naming every problem at once. */
final class PostRules {

	static final int TITLE_MAX = 200;

	static final int BODY_MAX = 20000;

	private PostRules() {
	}

	static void check(String title, String body) {
		List<FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new FieldProblem("title", Wording.of("board.post.title-missing")));
		}
		else if (title.strip().length() > TITLE_MAX) {
			problems.add(new FieldProblem("title", Wording.of("board.post.title-too-long", TITLE_MAX, title.strip().length())));
		}
		if (body == null || body.isBlank()) {
			problems.add(new FieldProblem("body", Wording.of("board.post.body-missing")));
		}
		else if (body.length() > BODY_MAX) {
			problems.add(new FieldProblem("body", Wording.of("board.post.body-too-long", BODY_MAX, body.length())));
		}
		CleanText.checkLine(problems, "title", Wording.of("board.field.title"), title);
		CleanText.checkText(problems, "body", Wording.of("board.field.body"), body);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	static void checkReply(String body) {
		if (body == null || body.isBlank()) {
			throw new InvalidInputException("body", Wording.of("board.reply.body-missing"));
		}
		if (body.length() > BODY_MAX) {
			throw new InvalidInputException("body", Wording.of("board.reply.too-long", BODY_MAX, body.length()));
		}
		CleanText.requireText("body", Wording.of("board.reply"), body);
	}
}
