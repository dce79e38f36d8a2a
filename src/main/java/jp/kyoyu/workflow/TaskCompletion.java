package jp.kyoyu.workflow;

import java.time.LocalDate;

import jp.kyoyu.proposal.ApprovalAction;

/**
 * What the holder of a task decides: {@code action} fits the task (approve task: APPROVE or a send-back; view:
 * CONFIRM; revise: RESUBMIT; post-review: POST_REVIEWED); a send-back needs a {@code comment} (the reason).
 * <p>
 * The answer dates (C4.3) go with an APPROVE only: {@code interimAnswerDate} (中間処理・回答日) is the date of the
 * {@code answer} given with this step (today when left out), {@code finalAnswerDate} (最終処理・回答日) is set by
 * the last approver of the route (today when left out). Neither may be before the submission date.
 */
public record TaskCompletion(ApprovalAction action, String comment, String answer, LocalDate plannedAnswerDate,
		LocalDate interimAnswerDate, LocalDate finalAnswerDate) {

	/** A decision without answer dates: the dates default to the day of the decision. */
	public TaskCompletion(ApprovalAction action, String comment, String answer, LocalDate plannedAnswerDate) {
		this(action, comment, answer, plannedAnswerDate, null, null);
	}
}
