package jp.kyoyu.workflow;

/**
 * The names the BPMN models ({@code bpmn/proposal-approval.bpmn}, {@code bpmn/post-review.bpmn}) and the Java
 * side share: process keys, task ids, variables and messages. Process variables hold ids and routing facts only.
 */
final class ApprovalProcess {

	static final String KEY = "ProposalApprovalProcess";

	static final String POST_REVIEW_KEY = "PostReviewProcess";

	static final String ROUTE_DECISION = "ApprovalRoute";

	static final String TASK_APPROVE = "Task_Approve";

	static final String TASK_VIEW = "Task_View";

	static final String TASK_REVISE = "Task_Revise";

	static final String TASK_POST_REVIEW = "Task_PostReview";

	// Routing facts
	static final String PROPOSAL_ID = "proposalId";

	static final String PROJECT_ID = "projectId";

	static final String PROPOSER = "proposer";

	static final String ROUTE = "route";

	// kinds and idx are also read by forms/approval-decision.form: 「前の承認者へ差し戻す」 only after an APPROVER
	static final String KINDS = "kinds";

	static final String INDEX = "idx";

	static final String IMPORTANCE = "importance";

	static final String STEP_BUSINESS_DAYS = "stepBusinessDays";

	static final String REVIEWER = "reviewer";

	// What a task form submits (the same names in forms/*.form and in the portal)
	static final String ACTION = "action";

	static final String COMMENT = "comment";

	static final String ANSWER = "answer";

	static final String PLANNED_ANSWER_DATE = "plannedAnswerDate";

	static final String INTERIM_ANSWER_DATE = "interimAnswerDate";

	static final String FINAL_ANSWER_DATE = "finalAnswerDate";

	static final String CONFIRMED = "confirmed";

	// Set (transient) by the complete listener of Task_Approve: the route index a send-back goes to, -1 for the
	// proposer (Routes.sendBackTo)
	static final String SEND_BACK_TO = "sendBackTo";

	// Set when a later approver approves ahead (checked by the complete listener)
	static final String AHEAD_USER = "aheadUser";

	static final String AHEAD_INDEX = "aheadIndex";

	static final String AHEAD_COMMENT = "aheadComment";

	// Shown by the task forms
	static final String PROPOSAL_TITLE = "proposalTitle";

	static final String DOCUMENT_TYPE_NAME = "documentTypeName";

	static final String PROJECT_NAME = "projectName";

	static final String PROPOSER_NAME = "proposerName";

	static final String IMPORTANCE_LABEL = "importanceLabel";

	static final String SUBMIT_COMMENT = "submitComment";

	static final String PROPOSAL_URL = "proposalUrl";

	private ApprovalProcess() {
	}

	static TaskKind kindOf(String taskDefinitionKey) {
		return switch (taskDefinitionKey) {
			case TASK_VIEW -> TaskKind.VIEW;
			case TASK_REVISE -> TaskKind.REVISE;
			case TASK_POST_REVIEW -> TaskKind.POST_REVIEW;
			default -> TaskKind.APPROVE;
		};
	}
}
