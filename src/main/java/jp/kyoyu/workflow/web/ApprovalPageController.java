package jp.kyoyu.workflow.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.proposal.ProposalStatusConflictException;
import jp.kyoyu.proposal.ProposalView;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.FormErrors;
import jp.kyoyu.workflow.CorrectedDate;
import jp.kyoyu.workflow.StepConflictException;
import jp.kyoyu.workflow.WorkflowManagement;

/**
 * The workflow half of a proposal's page (the proposal module links here and knows nothing of the workflow):
 * status, dates, route, history, revisions, corrections with their form, and approving ahead.
 */
@Controller
class ApprovalPageController {

	static final String NOT_CORRECTOR = "workflow.correction.notCorrector";

	private final WorkflowManagement workflow;

	private final ProjectManagement projects;

	ApprovalPageController(WorkflowManagement workflow, ProjectManagement projects) {
		this.workflow = workflow;
		this.projects = projects;
	}

	@GetMapping("/proposals/{id}/approval")
	String show(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		return page(id, Map.of(), List.of(), null, user, model);
	}

	@PostMapping("/proposals/{id}/corrections")
	String correct(@PathVariable long id, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect) {
		workflow.proposal(id, user.userId());
		if (!workflow.mayCorrect(id, user.userId())) {
			throw new ForbiddenException(Wording.of(NOT_CORRECTOR));
		}
		List<FieldProblem> problems = new ArrayList<>();
		CorrectedDate field = null;
		for (CorrectedDate d : CorrectedDate.values()) {
			if (d.name().equals(form.get("field"))) {
				field = d;
			}
		}
		LocalDate value = null;
		String text = form.getOrDefault("value", "").strip();
		if (!text.isEmpty()) {
			try {
				value = LocalDate.parse(text);
			}
			catch (DateTimeParseException e) {
				problems.add(new FieldProblem("value", Wording.of("workflow.correction.value.format")));
			}
		}
		if (field == null) {
			problems.add(new FieldProblem("field", Wording.of("workflow.correction.field.choose")));
		}
		if (!problems.isEmpty()) {
			return page(id, form, problems, null, user, model);
		}
		try {
			workflow.correct(id, field, value, form.get("reason"), user.userId());
		}
		catch (InvalidInputException e) {
			return page(id, form, e.problems(), null, user, model);
		}
		catch (StepConflictException e) {
			return page(id, form, List.of(), e.getMessage(), user, model);
		}
		redirect.addFlashAttribute("notice", Wording.of("workflow.correction.done", field.label()));
		return "redirect:/proposals/" + id + "/approval";
	}

	@PostMapping("/proposals/{id}/approve-ahead")
	String approveAhead(@PathVariable long id, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect) {
		try {
			workflow.approveAhead(id, comment, user.userId());
		}
		catch (InvalidInputException e) {
			return page(id, Map.of("aheadComment", comment == null ? "" : comment), e.problems(), null, user, model);
		}
		catch (StepConflictException | ProposalStatusConflictException e) {
			return page(id, Map.of("aheadComment", comment == null ? "" : comment), List.of(), e.getMessage(), user,
					model);
		}
		redirect.addFlashAttribute("notice", Wording.of("workflow.ahead.done"));
		return "redirect:/proposals/" + id + "/approval";
	}

	private String page(long id, Map<String, String> typed, List<FieldProblem> problems, String conflict,
			KyoyuPrincipal user, Model model) {
		ProposalView proposal = workflow.proposal(id, user.userId());
		model.addAttribute("proposal", proposal);
		model.addAttribute("project", projects.get(proposal.projectId(), user.userId()));
		model.addAttribute("submission", workflow.submission(id, user.userId()).orElse(null));
		model.addAttribute("history", workflow.history(id, user.userId()));
		model.addAttribute("revisions", workflow.revisions(id, user.userId()));
		model.addAttribute("corrections", workflow.corrections(id, user.userId()));
		model.addAttribute("mayCorrect", workflow.mayCorrect(id, user.userId()));
		model.addAttribute("mayApproveAhead", workflow.mayApproveAhead(id, user.userId()));
		model.addAttribute("mayResubmit", proposal.authorUserId().equals(user.userId()));
		model.addAttribute("correctable", CorrectedDate.values());
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems);
		model.addAttribute("errors", FormErrors.byField(problems));
		model.addAttribute("conflict", conflict);
		return "workflow/approval";
	}
}
