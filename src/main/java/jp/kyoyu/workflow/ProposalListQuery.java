package jp.kyoyu.workflow;

import jp.kyoyu.proposal.ProposalStatus;

/**
 * Filter and order of an approval list (C4.7): {@code projectId} null = all the caller's projects, {@code status}
 * null = any; {@code sort} one of {@code submittedAt, requestedAnswerDate, receiptDate, plannedAnswerDate,
 * interimAnswerDate, answerDate, title, importance}, with a leading {@code -} for descending (default {@code -submittedAt});
 * {@code page} from 0.
 */
public record ProposalListQuery(Long projectId, ProposalStatus status, String sort, int page, int size) {

	public static final int DEFAULT_SIZE = 50;
}
