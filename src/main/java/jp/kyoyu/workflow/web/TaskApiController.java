package jp.kyoyu.workflow.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jp.kyoyu.identity.AbsencePeriod;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.workflow.TaskCompletion;
import jp.kyoyu.workflow.WorkflowManagement;
import jp.kyoyu.workflow.WorkflowTask;

/** The caller's tasks, completing them, approving ahead, and the caller's absences. */
@RestController
class TaskApiController extends WorkflowApiErrors {

	private final WorkflowManagement workflow;

	TaskApiController(WorkflowManagement workflow) {
		this.workflow = workflow;
	}

	@GetMapping("/api/v1/tasks")
	List<WorkflowTask> tasks(@AuthenticationPrincipal KyoyuPrincipal user) {
		return workflow.tasksOf(user.userId());
	}

	@GetMapping("/api/v1/tasks/{id}")
	WorkflowTask task(@PathVariable String id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return workflow.task(id, user.userId());
	}

	record CompleteBody(ApprovalAction action, String comment, String answer, LocalDate plannedAnswerDate,
			LocalDate interimAnswerDate, LocalDate finalAnswerDate) {
	}

	@PostMapping("/api/v1/tasks/{id}/complete")
	TaskCompleted complete(@PathVariable String id, @RequestBody(required = false) CompleteBody body,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		CompleteBody b = body == null ? new CompleteBody(null, null, null, null, null, null) : body;
		workflow.complete(id, new TaskCompletion(b.action(), b.comment(), b.answer(), b.plannedAnswerDate(),
				b.interimAnswerDate(), b.finalAnswerDate()), user.userId());
		return new TaskCompleted(true);
	}

	record CommentBody(String comment) {
	}

	@PostMapping("/api/v1/proposals/{id}/approve-ahead")
	ApprovedAhead approveAhead(@PathVariable long id, @RequestBody(required = false) CommentBody body,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		workflow.approveAhead(id, body == null ? null : body.comment(), user.userId());
		return new ApprovedAhead(true);
	}

	@GetMapping("/api/v1/me/absences")
	List<AbsencePeriod> absences(@AuthenticationPrincipal KyoyuPrincipal user) {
		return workflow.absences(user.userId());
	}

	/**
	 * Which of the caller's projects a deputy would not reach (not members there): a warning to show before or after
	 * registering the absence, never a refusal. {@code warning} is null when the deputy reaches every project.
	 */
	@GetMapping("/api/v1/me/absences/deputy-reach")
	DeputyReach deputyReach(@RequestParam String deputyUserId, @AuthenticationPrincipal KyoyuPrincipal user) {
		return new DeputyReach(deputyUserId, workflow.deputyWarning(user.userId(), deputyUserId).orElse(null));
	}

	@PutMapping("/api/v1/me/absences")
	List<AbsencePeriod> replaceAbsences(@RequestBody(required = false) List<AbsencePeriod> body,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		return workflow.replaceAbsences(user.userId(), body == null ? List.of() : body);
	}
}
