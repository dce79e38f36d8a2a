package jp.kyoyu.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jp.kyoyu.identity.Side;
import jp.kyoyu.shared.Versioned;

/**
 * A proposal as callers see it; {@code fields} holds the form data by field key. The approval dates and
 * {@code postReviewPending} come from the workflow ({@link ReviewProgress}); null before submission.
 * {@code version} is the draft's version, sent back in If-Match or the form's hidden field (issue #15).
 */
public record ProposalView(long id, long projectId, String type, String typeName, String title,
		ProposalStatus status, Map<String, Object> fields, String authorUserId, String authorName, Side authorSide,
		Long copiedFrom, Instant createdAt, Instant updatedAt, boolean postReviewPending,
		LocalDate requestedAnswerDate, LocalDate receiptDate, LocalDate plannedAnswerDate,
		LocalDate interimAnswerDate, LocalDate answerDate, LocalDate completedOn, long version) implements Versioned {
}
