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

	static List<FieldProblem> problems(ConsultationWording wording, String title, String body) {
		List<FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new FieldProblem("title", wording.text("consultation.error.titleRequired")));
		}
		else if (title.strip().length() > TITLE_MAX) {
			problems.add(new FieldProblem("title",
					wording.text("consultation.error.titleTooLong", String.valueOf(TITLE_MAX))));
		}
		if (body == null || body.isBlank()) {
			problems.add(new FieldProblem("body", wording.text("consultation.error.bodyRequired")));
		}
		else if (body.length() > BODY_MAX) {
			problems.add(new FieldProblem("body",
					wording.text("consultation.error.bodyTooLong", String.valueOf(BODY_MAX))));
		}
		CleanText.checkLine(problems, "title", wording.text("consultation.error.titleField"), title);
		CleanText.checkText(problems, "body", wording.text("consultation.error.bodyField"), body);
		return problems;
	}

	static void check(ConsultationWording wording, String title, String body) {
		List<FieldProblem> problems = problems(wording, title, body);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	static void checkComment(ConsultationWording wording, String body) {
		if (body == null || body.isBlank()) {
			throw new InvalidInputException("body", wording.text("consultation.error.commentRequired"));
		}
		if (body.length() > BODY_MAX) {
			throw new InvalidInputException("body",
					wording.text("consultation.error.commentTooLong", String.valueOf(BODY_MAX)));
		}
		CleanText.requireText("body", wording.text("consultation.error.commentField"), body);
	}

	// The wording stays here until ConsultationFiles, which calls this statically, is rewritten (issue #19,
	// storage part); then this becomes consultation.error.closed, already in the bundle.
	static void requireOpen(Matter matter) {
		if (!matter.status().open()) {
			throw new ForbiddenException("この案件は「" + matter.status().label() + "」のため、コメント・資料の追加や"
					+ "状態の変更はできません。");
		}
	}
}
