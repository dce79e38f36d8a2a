package jp.kyoyu.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.Wording;

/** What a task completion must carry; checked in the portal before the engine and again in the task listener. */
final class StepRules {

	static final int MAX_TEXT = 4000;

	private StepRules() {
	}

	static Set<ApprovalAction> allowed(TaskKind kind) {
		return switch (kind) {
			case APPROVE -> Set.of(ApprovalAction.APPROVE, ApprovalAction.SEND_BACK_TO_PROPOSER,
					ApprovalAction.SEND_BACK_TO_PREVIOUS);
			case VIEW -> Set.of(ApprovalAction.CONFIRM);
			case REVISE -> Set.of(ApprovalAction.RESUBMIT);
			case POST_REVIEW -> Set.of(ApprovalAction.POST_REVIEWED);
		};
	}

	static List<FieldProblem> problems(TaskKind kind, TaskCompletion c, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (c.action() == null || !allowed(kind).contains(c.action())) {
			String choices = allowed(kind).stream().map(ApprovalAction::label).sorted().reduce((a, b) -> a + "・" + b)
				.orElse("");
			problems.add(new FieldProblem("action", Wording.of("workflow.step.action.choose", choices)));
		}
		boolean sendBack = c.action() == ApprovalAction.SEND_BACK_TO_PROPOSER
				|| c.action() == ApprovalAction.SEND_BACK_TO_PREVIOUS;
		if (sendBack && (c.comment() == null || c.comment().isBlank())) {
			problems.add(new FieldProblem("comment", Wording.of("workflow.step.comment.reason")));
		}
		if (c.comment() != null && c.comment().length() > MAX_TEXT) {
			problems.add(new FieldProblem("comment", Wording.of("workflow.step.comment.tooLong", MAX_TEXT)));
		}
		if (c.answer() != null && c.answer().length() > MAX_TEXT) {
			problems.add(new FieldProblem("answer", Wording.of("workflow.step.answer.tooLong", MAX_TEXT)));
		}
		if (c.plannedAnswerDate() != null && c.plannedAnswerDate().isBefore(today)) {
			problems.add(new FieldProblem("plannedAnswerDate", Wording.of("workflow.step.plannedAnswerDate.past")));
		}
		return problems;
	}

	/**
	 * The answer dates of C4.3, which need the submission: they go with an approval only, the interim date with an
	 * answer, the final date from the route's last approver, and neither before the submission date.
	 */
	static List<FieldProblem> answerDateProblems(TaskCompletion c, LocalDate submittedOn, boolean lastApprover) {
		List<FieldProblem> problems = new ArrayList<>();
		boolean approve = c.action() == ApprovalAction.APPROVE;
		if (c.interimAnswerDate() != null) {
			if (!approve || c.answer() == null || c.answer().isBlank()) {
				problems.add(new FieldProblem(INTERIM, Wording.of("workflow.step.interimAnswerDate.withAnswer")));
			}
			else if (submittedOn != null && c.interimAnswerDate().isBefore(submittedOn)) {
				problems.add(new FieldProblem(INTERIM,
						Wording.of("workflow.step.answerDate.beforeSubmission", label(INTERIM), submittedOn)));
			}
		}
		if (c.finalAnswerDate() != null) {
			if (!approve || !lastApprover) {
				problems.add(new FieldProblem(FINAL, Wording.of("workflow.step.finalAnswerDate.lastApprover")));
			}
			else if (submittedOn != null && c.finalAnswerDate().isBefore(submittedOn)) {
				problems.add(new FieldProblem(FINAL,
						Wording.of("workflow.step.answerDate.beforeSubmission", label(FINAL), submittedOn)));
			}
		}
		return problems;
	}

	private static final String INTERIM = "interimAnswerDate";

	private static final String FINAL = "finalAnswerDate";

	private static String label(String field) {
		return Wording.of("workflow.field." + field);
	}

	/** A date from a form: Tasklist's date field submits {@code YYYY-MM-DD}; Java callers may pass a Date. */
	static LocalDate date(Object value) {
		return date(value, "plannedAnswerDate");
	}

	/** {@code field} names the form field a badly written date is reported on. */
	static LocalDate date(Object value, String field) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof Date date) {
			return date.toInstant().atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate();
		}
		String text = value.toString().strip();
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new jp.kyoyu.shared.InvalidInputException(field, Wording.of("workflow.step." + field + ".format"));
		}
	}

	static ApprovalAction action(Object value, TaskKind kind) {
		return switch (kind) {
			case VIEW -> ApprovalAction.CONFIRM;
			case REVISE -> ApprovalAction.RESUBMIT;
			case POST_REVIEW -> ApprovalAction.POST_REVIEWED;
			case APPROVE -> {
				try {
					yield value == null ? null : ApprovalAction.valueOf(value.toString());
				}
				catch (IllegalArgumentException e) {
					yield null;
				}
			}
		};
	}
}
