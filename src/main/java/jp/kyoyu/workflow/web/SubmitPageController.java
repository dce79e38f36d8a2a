package jp.kyoyu.workflow.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.FeatureRights;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.proposal.Importance;
import jp.kyoyu.proposal.ProposalStatus;
import jp.kyoyu.proposal.ProposalStatusConflictException;
import jp.kyoyu.proposal.ProposalView;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.FormErrors;
import jp.kyoyu.workflow.IncompleteProposalException;
import jp.kyoyu.workflow.RouteRole;
import jp.kyoyu.workflow.RouteStep;
import jp.kyoyu.workflow.StepConflictException;
import jp.kyoyu.workflow.SubmitRequest;
import jp.kyoyu.workflow.TaskKind;
import jp.kyoyu.workflow.WorkflowManagement;
import jp.kyoyu.workflow.WorkflowTask;

/**
 * The submit page: a route editor that works without JavaScript (each add / remove / move button posts the whole
 * form back and the server redraws it), prefilled with the route the DMN suggests.
 */
@Controller
class SubmitPageController {

	static final String PROPOSER_ONLY = "workflow.submit.proposerOnly";

	private final WorkflowManagement workflow;

	private final ProjectManagement projects;

	private final FeatureRights rights;

	SubmitPageController(WorkflowManagement workflow, ProjectManagement projects, FeatureRights rights) {
		this.rights = rights;
		this.workflow = workflow;
		this.projects = projects;
	}

	@GetMapping("/proposals/{id}/submit")
	String form(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		ProposalView proposal = workflow.proposal(id, user.userId());
		String elsewhere = elsewhere(proposal, user);
		if (elsewhere != null) {
			return elsewhere;
		}
		MultiValueMap<String, String> typed = new LinkedMultiValueMap<>();
		typed.add("importance", Importance.NORMAL.name());
		List<RouteLine> route = workflow.defaultRoute(id, user.userId()).stream()
			.map(s -> new RouteLine(s.userId(), s.role()))
			.toList();
		return page(proposal, route, typed, List.of(), List.of(), null, user, model);
	}

	@PostMapping("/proposals/{id}/submit")
	String submit(@PathVariable long id, @RequestParam MultiValueMap<String, String> form,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect) {
		ProposalView proposal = workflow.proposal(id, user.userId());
		String elsewhere = elsewhere(proposal, user);
		if (elsewhere != null) {
			return elsewhere;
		}
		List<RouteLine> route = new ArrayList<>(lines(form));
		String op = form.getFirst("op") == null ? "submit" : form.getFirst("op");
		if (!op.equals("submit")) {
			edit(route, op);
			return page(proposal, route, form, List.of(), List.of(), null, user, model);
		}
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate requested = date(form.getFirst("requestedAnswerDate"), problems);
		Importance importance = "IMPORTANT".equals(form.getFirst("importance")) ? Importance.IMPORTANT
				: Importance.NORMAL;
		if (!problems.isEmpty()) {
			return page(proposal, route, form, problems, List.of(), null, user, model);
		}
		try {
			workflow.submit(id, new SubmitRequest(route.stream().map(l -> new RouteStep(l.userId(), l.role())).toList(),
					requested, importance, form.getFirst("comment")), user.userId());
		}
		catch (IncompleteProposalException e) {
			return page(proposal, route, form, List.of(), e.problems(), null, user, model);
		}
		catch (InvalidInputException e) {
			return page(proposal, route, form, e.problems(), List.of(), null, user, model);
		}
		catch (StepConflictException | ProposalStatusConflictException e) {
			// ProposalStatusConflictException: submitted meanwhile by another path (a second tab, the API)
			return page(proposal, route, form, List.of(), List.of(), e.getMessage(), user, model);
		}
		redirect.addFlashAttribute("notice", Wording.of("workflow.submit.done"));
		return "redirect:/proposals/" + id + "/approval";
	}

	/** Submitted or sent back proposals are handled elsewhere; only the proposer submits. */
	private String elsewhere(ProposalView proposal, KyoyuPrincipal user) {
		if (proposal.status() == ProposalStatus.SENT_BACK) {
			return workflow.tasksOf(user.userId()).stream()
				.filter(t -> t.proposalId() == proposal.id() && t.kind() == TaskKind.REVISE)
				.map(WorkflowTask::id)
				.findFirst()
				.map(task -> "redirect:/tasks/" + task)
				.orElse("redirect:/proposals/" + proposal.id() + "/approval");
		}
		if (proposal.status() != ProposalStatus.DRAFT) {
			return "redirect:/proposals/" + proposal.id() + "/approval";
		}
		if (!proposal.authorUserId().equals(user.userId())) {
			throw new ForbiddenException(Wording.of(PROPOSER_ONLY));
		}
		return null;
	}

	private static List<RouteLine> lines(MultiValueMap<String, String> form) {
		List<String> users = form.getOrDefault("userId", List.of());
		List<String> roles = form.getOrDefault("role", List.of());
		List<RouteLine> lines = new ArrayList<>();
		for (int i = 0; i < users.size(); i++) {
			lines.add(RouteLine.parse(users.get(i), i < roles.size() ? roles.get(i) : null));
		}
		return lines;
	}

	/** {@code add}, {@code up-3}, {@code down-0}, {@code remove-2}; anything else changes nothing. */
	private static void edit(List<RouteLine> route, String op) {
		if (op.equals("add")) {
			route.add(new RouteLine("", RouteRole.APPROVER));
			return;
		}
		int dash = op.indexOf('-');
		int i;
		try {
			i = dash < 0 ? -1 : Integer.parseInt(op.substring(dash + 1));
		}
		catch (NumberFormatException e) {
			return;
		}
		if (i < 0 || i >= route.size()) {
			return;
		}
		switch (op.substring(0, dash)) {
			case "remove" -> route.remove(i);
			case "up" -> {
				if (i > 0) {
					route.add(i - 1, route.remove(i));
				}
			}
			case "down" -> {
				if (i < route.size() - 1) {
					route.add(i + 1, route.remove(i));
				}
			}
			default -> {
			}
		}
	}

	static LocalDate date(String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(new FieldProblem("requestedAnswerDate", Wording.of("workflow.submit.requestedAnswerDate.format")));
			return null;
		}
	}

	private String page(ProposalView proposal, List<RouteLine> route, MultiValueMap<String, String> typed,
			List<FieldProblem> problems, List<FieldProblem> incomplete, String conflict, KyoyuPrincipal user,
			Model model) {
		model.addAttribute("proposal", proposal);
		model.addAttribute("project", projects.get(proposal.projectId(), user.userId()));
		model.addAttribute("members", projects.members(proposal.projectId(), user.userId()).stream()
			.filter(m -> !m.userId().equals(user.userId()))
			// only people who may act on a step are offered: submitting refuses the others (issue #15)
			.filter(m -> rights.allows(m.userId(), Feature.WORKFLOW, AccessLevel.WRITE))
			.toList());
		model.addAttribute("route", route);
		model.addAttribute("roles", RouteRole.values());
		model.addAttribute("importances", Importance.values());
		model.addAttribute("requestedAnswerDate", typed.getFirst("requestedAnswerDate"));
		model.addAttribute("importance", typed.getFirst("importance"));
		model.addAttribute("comment", typed.getFirst("comment"));
		model.addAttribute("problems", problems);
		model.addAttribute("errors", FormErrors.byField(problems));
		model.addAttribute("incomplete", incomplete);
		model.addAttribute("conflict", conflict);
		return "workflow/submit";
	}
}
