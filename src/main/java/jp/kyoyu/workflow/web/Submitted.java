package jp.kyoyu.workflow.web;

import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.proposal.ProposalStatus;
import jp.kyoyu.workflow.SubmissionView;

/** What submitting a proposal answers: its new status, and the submission as GET .../submission shows it. */
@Schema(description = "提出した発議書類の新しい状態と、提出の内容（GET /api/v1/proposals/{id}/submission と同じ）")
record Submitted(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProposalStatus status,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SubmissionView submission) {

	static Submitted of(SubmissionView view) {
		return new Submitted(view.status(), view);
	}
}
