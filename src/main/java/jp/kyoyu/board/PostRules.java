package jp.kyoyu.board;

import java.util.ArrayList;
import java.util.List;

import jp.kyoyu.shared.CleanText;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;

/** Checks what an author typed, naming every problem at once. */
final class PostRules {

	static final int TITLE_MAX = 200;

	static final int BODY_MAX = 20000;

	private PostRules() {
	}

	static void check(String title, String body) {
		List<FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new FieldProblem("title", "件名を入力してください。"));
		}
		else if (title.strip().length() > TITLE_MAX) {
			problems.add(new FieldProblem("title", "件名は" + TITLE_MAX + "文字以内で入力してください（現在"
					+ title.strip().length() + "文字）。"));
		}
		if (body == null || body.isBlank()) {
			problems.add(new FieldProblem("body", "本文を入力してください。"));
		}
		else if (body.length() > BODY_MAX) {
			problems.add(new FieldProblem("body", "本文は" + BODY_MAX + "文字以内で入力してください（現在"
					+ body.length() + "文字）。"));
		}
		CleanText.checkLine(problems, "title", "件名", title);
		CleanText.checkText(problems, "body", "本文", body);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	static void checkReply(String body) {
		if (body == null || body.isBlank()) {
			throw new InvalidInputException("body", "返信の本文を入力してください。");
		}
		if (body.length() > BODY_MAX) {
			throw new InvalidInputException("body", "返信は" + BODY_MAX + "文字以内で入力してください（現在"
					+ body.length() + "文字）。");
		}
		CleanText.requireText("body", "返信", body);
	}
}
