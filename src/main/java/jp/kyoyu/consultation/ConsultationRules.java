package jp.kyoyu.consultation;

import java.util.ArrayList;
import java.util.List;

import jp.kyoyu.shared.CleanText;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;

/** What a matter and a comment must hold, and which states still take changes. */
final class ConsultationRules {

	static final int TITLE_MAX = 200;

	static final int BODY_MAX = 20000;

	private ConsultationRules() {
	}

	static List<FieldProblem> problems(String title, String body) {
		List<FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new FieldProblem("title", "件名を入力してください。"));
		}
		else if (title.strip().length() > TITLE_MAX) {
			problems.add(new FieldProblem("title", "件名は" + TITLE_MAX + "文字以内で入力してください。"));
		}
		if (body == null || body.isBlank()) {
			problems.add(new FieldProblem("body", "本文（打合せの内容）を入力してください。"));
		}
		else if (body.length() > BODY_MAX) {
			problems.add(new FieldProblem("body", "本文は" + BODY_MAX + "文字以内で入力してください。"));
		}
		CleanText.checkLine(problems, "title", "件名", title);
		CleanText.checkText(problems, "body", "本文", body);
		return problems;
	}

	static void check(String title, String body) {
		List<FieldProblem> problems = problems(title, body);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	static void checkComment(String body) {
		if (body == null || body.isBlank()) {
			throw new InvalidInputException("body", "コメントを入力してください。");
		}
		if (body.length() > BODY_MAX) {
			throw new InvalidInputException("body", "コメントは" + BODY_MAX + "文字以内で入力してください。");
		}
		CleanText.requireText("body", "コメント", body);
	}

	static void requireOpen(Matter matter) {
		if (!matter.status().open()) {
			throw new ForbiddenException("この案件は「" + matter.status().label() + "」のため、コメント・資料の追加や"
					+ "状態の変更はできません。");
		}
	}
}
