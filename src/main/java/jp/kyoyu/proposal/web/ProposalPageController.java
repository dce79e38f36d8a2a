package jp.kyoyu.proposal.web;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import jp.kyoyu.proposal.CopyOutcome;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalView;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.web.FormErrors;

/** The proposal pages: list per project, choosing a type, and the form page (form-js viewer, checked here). */
@Controller
class ProposalPageController {

	private final ProposalManagement proposals;

	private final ProjectManagement projects;

	private final ProposalFormPage formPage;

	private final MessageSource messages;

	ProposalPageController(ProposalManagement proposals, ProjectManagement projects, ProposalFormPage formPage,
			MessageSource messages) {
		this.proposals = proposals;
		this.projects = projects;
		this.formPage = formPage;
		this.messages = messages;
	}

	@GetMapping("/projects/{projectId}/proposals")
	String list(@PathVariable long projectId, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		model.addAttribute("project", projects.get(projectId, user.userId()));
		model.addAttribute("proposals", proposals.list(projectId, user.userId()));
		model.addAttribute("mayCreate", !proposals.typesFor(projectId, user.userId()).isEmpty());
		return "proposal/list";
	}

	@GetMapping("/projects/{projectId}/proposals/new")
	String newForm(@PathVariable long projectId, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		return newPage(projectId, user, Map.of(), List.of(), model);
	}

	@PostMapping("/projects/{projectId}/proposals")
	String create(@PathVariable long projectId, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		try {
			ProposalView created = proposals.create(projectId, form.get("type"), form.get("title"), Map.of(),
					user.userId());
			return "redirect:/proposals/" + created.id();
		}
		catch (InvalidInputException e) {
			return newPage(projectId, user, form, e.problems(), model);
		}
	}

	@GetMapping("/proposals/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		ProposalView proposal = proposals.get(id, user.userId());
		return formPage.show(proposal, proposal.title(), proposal.fields(), List.of(), user, model);
	}

	/** Save always keeps what was typed, complete or not; "check" then shows what is still missing. */
	@PostMapping("/proposals/{id}")
	String save(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String fields, @RequestParam(defaultValue = "save") String action,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal KyoyuPrincipal user, Model model,
			RedirectAttributes redirect) {
		ProposalView proposal = proposals.get(id, user.userId());
		Map<String, Object> data;
		try {
			data = formPage.parse(fields, proposal);
			proposal = proposals.update(id, version, title, data, user.userId());
		}
		catch (InvalidInputException e) {
			model.addAttribute("formVersion", version);
			return formPage.show(proposal, title, formPage.parseLeniently(fields, proposal), e.problems(), user,
					model);
		}
		List<FieldProblem> problems = action.equals("check") ? proposals.problems(id, user.userId()) : List.of();
		if (!problems.isEmpty()) {
			return formPage.show(proposal, title, data, problems, user, model);
		}
		redirect.addFlashAttribute("notice",
				text(action.equals("check") ? "proposal.notice.complete" : "proposal.notice.saved"));
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/proposals/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal KyoyuPrincipal user, RedirectAttributes redirect) {
		long projectId = proposals.get(id, user.userId()).projectId();
		proposals.delete(id, version, user.userId());
		redirect.addFlashAttribute("notice", text("proposal.notice.deleted"));
		return "redirect:/projects/" + projectId + "/proposals";
	}

	@PostMapping("/proposals/{id}/copy")
	String copy(@PathVariable long id, @RequestParam(defaultValue = "false") boolean withAttachments,
			@RequestParam(required = false) String copyType, @RequestParam(required = false) Long copyProjectId,
			@AuthenticationPrincipal KyoyuPrincipal user, RedirectAttributes redirect) {
		CopyOutcome copy = proposals.copy(id, copyType, copyProjectId, withAttachments, user.userId());
		redirect.addFlashAttribute("notice", copy.notCarried().isEmpty() ? text("proposal.notice.copied")
				: jp.kyoyu.shared.Wording.of("proposal.notice.copiedWithout", String.join("、", copy.notCarried())));
		return "redirect:/proposals/" + copy.proposal().id();
	}

	private String newPage(long projectId, KyoyuPrincipal user, Map<String, String> form, List<FieldProblem> problems,
			Model model) {
		model.addAttribute("project", projects.get(projectId, user.userId()));
		model.addAttribute("types", proposals.typesFor(projectId, user.userId()));
		model.addAttribute("form", form);
		model.addAttribute("errors", FormErrors.byField(problems));
		return "proposal/new";
	}

	private String text(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}
}
