package jp.kyoyu.workflow;

import java.time.LocalDate;

import jp.kyoyu.proposal.Importance;
import jp.kyoyu.proposal.ProposalStatus;

/**
 * One line of the approval lists (C4.4-C4.6): project, title, type, status and stage (承認中 / 閲覧中), who holds
 * it now, and the dates ({@code answerDate} is the final answer date, 最終処理・回答日; {@code interimAnswerDate}
 * the interim one, 中間処理・回答日, C4.3; {@code receiptDate} is the 受付日 and {@code completedOn} the 決裁完了日,
 * the seed's words, C4.17).
 */
public record ProposalListItem(long proposalId, long projectId, String projectName, String title,
		String documentTypeName, ProposalStatus status, TaskKind stage, String currentUserId, String currentName,
		Importance importance, LocalDate requestedAnswerDate, LocalDate receiptDate, LocalDate plannedAnswerDate,
		LocalDate answerDate, boolean postReviewPending, boolean overdue, LocalDate interimAnswerDate,
		LocalDate completedOn) {
}
