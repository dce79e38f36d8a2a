package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.proposal.NoticeKind;
import jp.kyoyu.proposal.ProposalHeading;
import jp.kyoyu.proposal.ProposalManagement;

/**
 * {@code Task_RecordApproval} ({@code delegateExpression="${routeCompletion}"}): the last step is done, the proposal
 * is approved (a post-review may still be open). The proposal publishes {@code ProposalApproved} with the record.
 */
@Component("routeCompletion")
class RouteCompletion implements JavaDelegate {

	private final ApprovalRecord record;

	private final ProposalManagement proposals;

	RouteCompletion(ApprovalRecord record, ProposalManagement proposals) {
		this.record = record;
		this.proposals = proposals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long proposalId = ((Number) execution.getVariable(PROPOSAL_ID)).longValue();
		Submission s = record.lock(proposalId);
		s.completed(record.today(), record.clock().instant());
		// read once: the approval filed with the document and the mail's actor come from the same record
		List<ApprovalStep> steps = record.of(proposalId);
		ProposalHeading proposal = proposals.approve(proposalId, s.postReviewPending(), steps);
		record.noticeOf(ApprovalRecord.lastApproval(steps), NoticeKind.APPROVED, s,
				record.subject(proposal, execution.getVariable(PROJECT_NAME), s), null, List.of(s.proposerUserId()));
	}
}
