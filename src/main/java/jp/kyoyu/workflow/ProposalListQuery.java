package jp.kyoyu.workflow;

import java.util.List;

import jp.kyoyu.proposal.ProposalStatus;

/**
 * Filter and order of an approval list (C4.7): {@code projectId} null = all the caller's projects, {@code status}
 * null = any; {@code sort} one of {@code submittedAt, requestedAnswerDate, receiptDate, plannedAnswerDate,
 * interimAnswerDate, answerDate, title, importance, project, type, status}, with a leading {@code -} for descending
 * (default {@code -submittedAt}); {@code page} from 0. {@code projectIds} (C4.5): several of the caller's projects,
 * used when {@code projectId} is null; empty or null = all. {@code type}: a document type's name, null or blank =
 * any; {@code words}: text the title, the project's name or the type's name contains (any case), null or blank =
 * any.
 */
public record ProposalListQuery(Long projectId, ProposalStatus status, String sort, int page, int size,
		List<Long> projectIds, String type, String words) {

	public static final int DEFAULT_SIZE = 50;

	/** One project or all of them. */
	public ProposalListQuery(Long projectId, ProposalStatus status, String sort, int page, int size) {
		this(projectId, status, sort, page, size, List.of());
	}

	/** Without the type and text filters. */
	public ProposalListQuery(Long projectId, ProposalStatus status, String sort, int page, int size,
			List<Long> projectIds) {
		this(projectId, status, sort, page, size, projectIds, null, null);
	}
}
