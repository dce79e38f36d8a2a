package jp.kyoyu.workflow.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.proposal.DocumentTypes;
import jp.kyoyu.proposal.ProposalStatusConflictException;
import jp.kyoyu.proposal.ProposalView;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.FormErrors;
import jp.kyoyu.workflow.IncompleteProposalException;
import jp.kyoyu.workflow.RouteRole;
import jp.kyoyu.workflow.StepConflictException;
import jp.kyoyu.workflow.SubmissionView;
import jp.kyoyu.workflow.TaskCompletion;
import jp.kyoyu.workflow.TaskKind;
import jp.kyoyu.workflow.WorkflowManagement;
import jp.kyoyu.workflow.WorkflowTask;

/** My tasks and one task's page: summary, history so far and the decision form. */
@Controller
class TaskPageController {

	static final String TAKEN = "workflow.step.taken";

	private final WorkflowManagement workflow;

	private final java.time.Clock clock;

	private final DocumentTypes types;

	private final IdentityManagement identity;

	private final ObjectMapper mapper;

	TaskPageController(WorkflowManagement workflow, java.time.Clock clock, DocumentTypes types,
			IdentityManagement identity, ObjectMapper mapper) {
		this.workflow = workflow;
		this.clock = clock;
		this.types = types;
		this.identity = identity;
		this.mapper = mapper;
	}

	@GetMapping("/tasks")
	String tasks(@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		model.addAttribute("tasks", workflow.tasksOf(user.userId()));
		return "workflow/tasks";
	}

	@GetMapping("/tasks/{taskId}")
	String task(@PathVariable String taskId, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		WorkflowTask task = workflow.task(taskId, user.userId());
		return page(task, task.proposalId(), Map.of(), List.of(), null, user, model);
	}

	@PostMapping("/tasks/{taskId}")
	String complete(@PathVariable String taskId, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		long proposalId = proposalId(form);
		WorkflowTask task;
		try {
			task = workflow.task(taskId, user.userId());
		}
		catch (NotFoundException e) {
			// Done meanwhile (another person or a double click): 409 if the caller may see the proposal at all.
			workflow.proposal(proposalId, user.userId());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(null, proposalId, form, List.of(), Wording.of(TAKEN), user, model);
		}
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate planned = date(form, "plannedAnswerDate", problems);
		ApprovalAction action = action(form.get("action"));
		// The page fills both answer dates with today (C4.3): they count only with what they date, an approval
		// with an answer for the interim date, the last approver's approval for the final one.
		boolean approve = action == ApprovalAction.APPROVE;
		boolean answered = form.get("answer") != null && !form.get("answer").isBlank();
		LocalDate interim = approve && answered ? date(form, "interimAnswerDate", problems) : null;
		LocalDate fin = approve ? date(form, "finalAnswerDate", problems) : null;
		if (!problems.isEmpty()) {
			return page(task, task.proposalId(), form, problems, null, user, model);
		}
		try {
			workflow.complete(taskId, new TaskCompletion(action, form.get("comment"), form.get("answer"), planned,
					interim, fin), user.userId());
		}
		catch (InvalidInputException e) {
			return page(task, task.proposalId(), form, e.problems(), null, user, model);
		}
		catch (IncompleteProposalException e) {
			// Resubmitting a document the proposer left incomplete: say what is missing, keep the comment.
			return page(task, task.proposalId(), form, e.problems(), null, user, model);
		}
		catch (StepConflictException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(null, task.proposalId(), form, List.of(), Wording.of(TAKEN), user, model);
		}
		catch (ProposalStatusConflictException e) {
			// The proposal's lifecycle refused the step (it was moved by another path, e.g. Tasklist): the step
			// cannot be done in this state, so the page says why and offers no form, like a step done meanwhile.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(null, task.proposalId(), form, List.of(), e.getMessage(), user, model);
		}
		redirect.addFlashAttribute("notice", Wording.of("workflow.step.done", task.title(), action.label()));
		return "redirect:/tasks";
	}

	private static long proposalId(Map<String, String> form) {
		try {
			return Long.parseLong(form.getOrDefault("proposalId", ""));
		}
		catch (NumberFormatException e) {
			throw new NotFoundException(Wording.of("workflow.step.notFound"));
		}
	}

	private static ApprovalAction action(String value) {
		for (ApprovalAction a : ApprovalAction.values()) {
			if (a.name().equals(value)) {
				return a;
			}
		}
		return null;
	}

	private static LocalDate date(Map<String, String> form, String field, List<FieldProblem> problems) {
		String text = form.get(field);
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(new FieldProblem(field, Wording.of("workflow.step." + field + ".format")));
			return null;
		}
	}

	/** {@code task} null: the task is gone (409); the page then shows what was typed, without a form. */
	private String page(WorkflowTask task, long proposalId, Map<String, String> typed, List<FieldProblem> problems,
			String conflict, KyoyuPrincipal user, Model model) {
		ProposalView proposal = workflow.proposal(proposalId, user.userId());
		SubmissionView submission = workflow.submission(proposalId, user.userId()).orElse(null);
		model.addAttribute("task", task);
		model.addAttribute("proposal", proposal);
		model.addAttribute("submission", submission);
		model.addAttribute("history", workflow.history(proposalId, user.userId()));
		model.addAttribute("actions", task == null ? List.of() : actions(task.kind(), submission));
		model.addAttribute("typed", typed);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("lastApprover", task != null && task.kind() == TaskKind.APPROVE && lastApprover(submission));
		model.addAttribute("problems", problems);
		model.addAttribute("errors", FormErrors.byField(problems));
		model.addAttribute("conflict", conflict);
		// Issue #22: the approver reads the document here, not only behind a link; the same read-only form-js
		// view as the document page, so a field looks the same in both places.
		model.addAttribute("schemaJson", types.formJson(proposal.type()));
		model.addAttribute("dataJson", json(proposal.fields()));
		// Acting for an absent colleague is said in words above the decision, not only as a small badge.
		model.addAttribute("deputyNotice", task == null || task.onBehalfOfUserId() == null ? null
				: Wording.of("workflow.task.deputyNotice",
						identity.nameOf(task.onBehalfOfUserId()).orElse(task.onBehalfOfUserId()), task.kind().label()));
		return "workflow/task";
	}

	private String json(Map<String, Object> fields) {
		try {
			return mapper.writeValueAsString(fields);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The decisions the task offers; send-back to the previous approver only when there is one. */
	private static List<ApprovalAction> actions(TaskKind kind, SubmissionView submission) {
		return switch (kind) {
			case APPROVE -> hasEarlierApprover(submission)
					? List.of(ApprovalAction.APPROVE, ApprovalAction.SEND_BACK_TO_PROPOSER,
							ApprovalAction.SEND_BACK_TO_PREVIOUS)
					: List.of(ApprovalAction.APPROVE, ApprovalAction.SEND_BACK_TO_PROPOSER);
			case VIEW -> List.of(ApprovalAction.CONFIRM);
			case REVISE -> List.of(ApprovalAction.RESUBMIT);
			case POST_REVIEW -> List.of(ApprovalAction.POST_REVIEWED);
		};
	}

	/** No approver after the current step: its approver sets the final answer date (C4.3). */
	private static boolean lastApprover(SubmissionView s) {
		if (s == null) {
			return false;
		}
		for (int i = s.currentIndex() + 1; i < s.route().size(); i++) {
			if (s.route().get(i).role() == RouteRole.APPROVER) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasEarlierApprover(SubmissionView s) {
		if (s == null) {
			return false;
		}
		for (int i = 0; i < Math.min(s.currentIndex(), s.route().size()); i++) {
			if (s.route().get(i).role() == RouteRole.APPROVER) {
				return true;
			}
		}
		return false;
	}
}
