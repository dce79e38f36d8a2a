package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.kyoyu.proposal.ApprovalAction;

/**
 * {@code Task_RequestPostReview} ({@code delegateExpression="${postReviewRequest}"}): a later approver approved while
 * the current one is absent (C4.22). Records it and asks the skipped approver for a post-review in a process of its
 * own, so this one can end approved; the model continues after the approver ahead ({@code idx = aheadIndex + 1}).
 */
@Component("postReviewRequest")
class PostReviewRequest implements JavaDelegate {

	/** What the post-review's forms and mails show, copied from the approval. */
	private static final List<String> CARRIED = List.of(PROPOSAL_ID, PROJECT_ID, PROPOSER, IMPORTANCE,
			STEP_BUSINESS_DAYS, PROPOSAL_TITLE, DOCUMENT_TYPE_NAME, PROJECT_NAME, PROPOSER_NAME, IMPORTANCE_LABEL,
			SUBMIT_COMMENT, PROPOSAL_URL);

	private final ApprovalRecord record;

	PostReviewRequest(ApprovalRecord record) {
		this.record = record;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long proposalId = ((Number) execution.getVariable(PROPOSAL_ID)).longValue();
		String skipped = Routes.holderAt(execution.getVariable(ROUTE), execution.getVariable(INDEX));
		Submission s = record.lock(proposalId);
		record.add(s, (String) execution.getVariable(AHEAD_USER), null, ApprovalAction.APPROVE_AHEAD,
				(String) execution.getVariable(AHEAD_COMMENT));
		s.received(record.today(), null);
		s.postReview(true);
		Map<String, Object> variables = new HashMap<>();
		CARRIED.forEach(name -> variables.put(name, execution.getVariable(name)));
		variables.put(REVIEWER, skipped);
		execution.getProcessEngineServices().getRuntimeService()
			.startProcessInstanceByKey(POST_REVIEW_KEY, execution.getProcessBusinessKey(), variables);
	}
}
