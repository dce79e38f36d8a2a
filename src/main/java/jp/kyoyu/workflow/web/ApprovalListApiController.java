package jp.kyoyu.workflow.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.proposal.ProposalStatus;
import jp.kyoyu.workflow.CorrectedDate;
import jp.kyoyu.workflow.Correction;
import jp.kyoyu.workflow.ListPage;
import jp.kyoyu.workflow.ProposalListItem;
import jp.kyoyu.workflow.ProposalListQuery;
import jp.kyoyu.workflow.WorkflowManagement;

/** Approval lists across projects, and date corrections after approval. */
@RestController
class ApprovalListApiController extends WorkflowApiErrors {

	private final WorkflowManagement workflow;

	ApprovalListApiController(WorkflowManagement workflow) {
		this.workflow = workflow;
	}

	/**
	 * {@code projectId} one project; else {@code projectIds} several (C4.5); with neither, the projects the caller
	 * chose last ({@code /api/v1/me/approval-projects}, all when none).
	 */
	@GetMapping("/api/v1/workflow/proposals")
	ListPage<ProposalListItem> list(@RequestParam(required = false) Long projectId,
			@RequestParam(required = false) List<Long> projectIds,
			@RequestParam(required = false) ProposalStatus status, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + ProposalListQuery.DEFAULT_SIZE) int size,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		List<Long> chosen = projectId != null ? List.of()
				: projectIds != null ? projectIds : workflow.listChoice(user.userId());
		return workflow.list(new ProposalListQuery(projectId, status, sort, page, size, chosen), user.userId());
	}

	record ProjectChoice(List<Long> projectIds) {
	}

	@GetMapping("/api/v1/me/approval-projects")
	ProjectChoice listChoice(@AuthenticationPrincipal KyoyuPrincipal user) {
		return new ProjectChoice(workflow.listChoice(user.userId()));
	}

	/** Remembers the projects of the list across projects; an empty list means all of them. */
	@PutMapping("/api/v1/me/approval-projects")
	ProjectChoice rememberListChoice(@RequestBody(required = false) ProjectChoice body,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		return new ProjectChoice(
				workflow.rememberListChoice(body == null ? List.of() : body.projectIds(), user.userId()));
	}

	record CorrectionBody(CorrectedDate field, LocalDate value, String reason) {
	}

	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping("/api/v1/proposals/{id}/corrections")
	ResponseEntity<Correction> correct(@PathVariable long id, @RequestBody(required = false) CorrectionBody body,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		CorrectionBody b = body == null ? new CorrectionBody(null, null, null) : body;
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(workflow.correct(id, b.field(), b.value(), b.reason(), user.userId()));
	}

	@GetMapping("/api/v1/proposals/{id}/corrections")
	List<Correction> corrections(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return workflow.corrections(id, user.userId());
	}
}
