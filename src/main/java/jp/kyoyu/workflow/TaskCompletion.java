package jp.kyoyu.workflow;

import java.time.LocalDate;

import jp.kyoyu.proposal.ApprovalAction;

/**
 * What the holder of a task decides: {@code action} fits the task (approve task: APPROVE or a send-back; view:
 * CONFIRM; revise: RESUBMIT; post-review: POST_REVIEWED); a send-back needs a {@code comment} (the reason).
 */
public record TaskCompletion(ApprovalAction action, String comment, String answer, LocalDate plannedAnswerDate) {
}
