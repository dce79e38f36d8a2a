package jp.kyoyu.workflow.web;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jp.kyoyu.proposal.ProposalStatusConflictException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.ApiErrorBody;
import jp.kyoyu.workflow.IncompleteProposalException;
import jp.kyoyu.workflow.StepConflictException;

/**
 * The workflow's own answers, declared on the controllers so they win over the application-wide handler: a step
 * done meanwhile is a 409, an incomplete document a 422 with every problem (the contract of issue #4).
 */
abstract class WorkflowApiErrors {

	@ExceptionHandler({ StepConflictException.class, ProposalStatusConflictException.class })
	ResponseEntity<ApiErrorBody> conflict(RuntimeException e) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiErrorBody.of(e.getMessage()));
	}

	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<ApiErrorBody> concurrent(ConcurrencyFailureException e) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ApiErrorBody.of(Wording.of("workflow.step.alreadyDone")));
	}

	@ExceptionHandler(IncompleteProposalException.class)
	ResponseEntity<ApiErrorBody> incomplete(IncompleteProposalException e) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ApiErrorBody(e.problems()));
	}
}
