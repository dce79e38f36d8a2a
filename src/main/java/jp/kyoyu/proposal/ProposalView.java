package jp.kyoyu.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jp.kyoyu.identity.Side;

/**
 * A proposal as callers see it; {@code fields} holds the form data by field key. The approval dates and
 * {@code postReviewPending} come from the workflow ({@link ReviewProgress}); null before submission.
 */
public record ProposalView(long id, long projectId, String type, String typeName, String title,
		ProposalStatus status, Map<String, Object> fields, String authorUserId, String authorName, Side authorSide,
		Long copiedFrom, Instant createdAt, Instant updatedAt, boolean postReviewPending,
		LocalDate requestedAnswerDate, LocalDate receiptDate, LocalDate plannedAnswerDate,
		LocalDate interimAnswerDate, LocalDate answerDate, LocalDate completedOn) {
}
