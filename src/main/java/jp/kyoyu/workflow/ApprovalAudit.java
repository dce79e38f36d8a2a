package jp.kyoyu.workflow;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.proposal.ApprovalStep;

/**
 * The approval record as auditors read it: every entry of a proposal, without the project membership check of
 * {@link WorkflowManagement#history}. An auditor is rarely a member of the projects they audit; their right is
 * administration READ, which the web layer checks for every caller of this class (only pages and endpoints under
 * {@code /admin/audit/} use it).
 */
@Component
public class ApprovalAudit {

	/** The process key of the approval ({@code bpmn/proposal-approval.bpmn}); its business key is the proposal id. */
	public static final String APPROVAL_PROCESS = ApprovalProcess.KEY;

	/** The process key of the post-review ({@code bpmn/post-review.bpmn}); same business key as its approval. */
	public static final String POST_REVIEW_PROCESS = ApprovalProcess.POST_REVIEW_KEY;

	private final ApprovalRecord record;

	ApprovalAudit(ApprovalRecord record) {
		this.record = record;
	}

	/** Oldest first, as {@link WorkflowManagement#history} returns it; empty for an unknown proposal. */
	@Transactional(readOnly = true)
	public List<ApprovalStep> recordOf(long proposalId) {
		return record.of(proposalId);
	}

	/** Which record actions a completed user task of the approval models stands for. */
	public static boolean taskMatches(String taskDefinitionKey, ApprovalAction action) {
		return switch (action) {
			case APPROVE, SEND_BACK_TO_PROPOSER, SEND_BACK_TO_PREVIOUS, APPROVE_AHEAD ->
				ApprovalProcess.TASK_APPROVE.equals(taskDefinitionKey);
			case CONFIRM -> ApprovalProcess.TASK_VIEW.equals(taskDefinitionKey);
			case RESUBMIT -> ApprovalProcess.TASK_REVISE.equals(taskDefinitionKey);
			case POST_REVIEWED -> ApprovalProcess.TASK_POST_REVIEW.equals(taskDefinitionKey);
			case SUBMIT -> false;
		};
	}
}
