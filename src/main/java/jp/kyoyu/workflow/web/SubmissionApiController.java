package jp.kyoyu.workflow.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.proposal.Importance;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.workflow.Revision;
import jp.kyoyu.workflow.RouteStep;
import jp.kyoyu.workflow.SubmissionView;
import jp.kyoyu.workflow.SubmitRequest;
import jp.kyoyu.workflow.WorkflowManagement;

/** Submitting a proposal and reading its approval state and record. */
@RestController
class SubmissionApiController extends WorkflowApiErrors {

	private final WorkflowManagement workflow;

	SubmissionApiController(WorkflowManagement workflow) {
		this.workflow = workflow;
	}

	record SubmitBody(List<RouteStep> route, LocalDate requestedAnswerDate, Importance importance, String comment) {
	}

	@PostMapping("/api/v1/proposals/{id}/submit")
	Submitted submit(@PathVariable long id, @RequestBody(required = false) SubmitBody body,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		SubmitBody b = body == null ? new SubmitBody(null, null, null, null) : body;
		SubmissionView view = workflow.submit(id,
				new SubmitRequest(b.route(), b.requestedAnswerDate(), b.importance(), b.comment()), user.userId());
		return Submitted.of(view);
	}

	/** The route {@code dmn/approval-route.dmn} suggests, as members of the project. */
	@GetMapping("/api/v1/proposals/{id}/default-route")
	List<RouteStep> defaultRoute(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return workflow.defaultRoute(id, user.userId());
	}

	@GetMapping("/api/v1/proposals/{id}/submission")
	SubmissionView submission(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return workflow.submission(id, user.userId())
			.orElseThrow(() -> new NotFoundException(Wording.of("workflow.approval.notSubmitted")));
	}

	record HistoryLine(String at, String actor, String actorName, String onBehalfOf, String onBehalfOfName,
			String action, String actionLabel, String comment) {

		static HistoryLine of(ApprovalStep s) {
			return new HistoryLine(s.at().toString(), s.actorUserId(), s.actorName(), s.onBehalfOfUserId(),
					s.onBehalfOfName(), s.action().name(), s.action().label(), s.comment());
		}
	}

	@GetMapping("/api/v1/proposals/{id}/history")
	List<HistoryLine> history(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return workflow.history(id, user.userId()).stream().map(HistoryLine::of).toList();
	}

	@GetMapping("/api/v1/proposals/{id}/revisions")
	List<Revision> revisions(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return workflow.revisions(id, user.userId());
	}
}
