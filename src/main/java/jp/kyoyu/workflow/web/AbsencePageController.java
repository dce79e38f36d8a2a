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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.identity.AbsencePeriod;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.FormErrors;
import jp.kyoyu.workflow.WorkflowManagement;

/** The user's absence periods with an optional deputy of the same side (C4.21): add one, remove one. */
@Controller
class AbsencePageController {

	private final WorkflowManagement workflow;

	private final IdentityManagement identity;

	AbsencePageController(WorkflowManagement workflow, IdentityManagement identity) {
		this.workflow = workflow;
		this.identity = identity;
	}

	@GetMapping("/account/absences")
	String show(@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		return page(user, Map.of(), List.of(), model);
	}

	@PostMapping("/account/absences")
	String add(@RequestParam Map<String, String> form, @AuthenticationPrincipal KyoyuPrincipal user, Model model,
			RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate from = date(form.get("from"), "from", Wording.of("workflow.absence.from"), problems);
		LocalDate to = date(form.get("to"), "to", Wording.of("workflow.absence.to"), problems);
		if (from != null && to != null && to.isBefore(from)) {
			problems.add(new FieldProblem("to", Wording.of("workflow.absence.to.beforeFrom")));
		}
		String deputy = form.getOrDefault("deputyUserId", "").strip();
		if (!deputy.isEmpty() && deputies(user).stream().noneMatch(u -> u.userId().equals(deputy))) {
			problems.add(new FieldProblem("deputyUserId", Wording.of("workflow.absence.deputy.otherSide")));
		}
		if (!problems.isEmpty()) {
			return page(user, form, problems, model);
		}
		List<AbsencePeriod> periods = new ArrayList<>(workflow.absences(user.userId()));
		periods.add(new AbsencePeriod(from, to, deputy.isEmpty() ? null : deputy));
		try {
			workflow.replaceAbsences(user.userId(), periods);
		}
		catch (InvalidInputException e) {
			return page(user, form, e.problems(), model);
		}
		redirect.addFlashAttribute("notice", Wording.of("workflow.absence.added"));
		if (!deputy.isEmpty()) {
			workflow.deputyWarning(user.userId(), deputy).ifPresent(w -> redirect.addFlashAttribute("warning", w));
		}
		return "redirect:/account/absences";
	}

	@PostMapping("/account/absences/remove")
	String remove(@RequestParam(defaultValue = "-1") int index, @AuthenticationPrincipal KyoyuPrincipal user,
			RedirectAttributes redirect) {
		List<AbsencePeriod> periods = new ArrayList<>(workflow.absences(user.userId()));
		if (index >= 0 && index < periods.size()) {
			periods.remove(index);
			workflow.replaceAbsences(user.userId(), periods);
			redirect.addFlashAttribute("notice", Wording.of("workflow.absence.removed"));
		}
		return "redirect:/account/absences";
	}

	private List<UserAccount> deputies(KyoyuPrincipal user) {
		return identity.findAll().stream()
			.filter(u -> u.side() == user.side() && u.enabled() && !u.userId().equals(user.userId()))
			.toList();
	}

	private static LocalDate date(String text, String field, String label, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(field, Wording.of("workflow.absence.required", label)));
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(new FieldProblem(field, Wording.of("workflow.absence.date.format", label)));
			return null;
		}
	}

	private String page(KyoyuPrincipal user, Map<String, String> typed, List<FieldProblem> problems, Model model) {
		List<UserAccount> deputies = deputies(user);
		List<AbsencePeriod> absences = workflow.absences(user.userId());
		model.addAttribute("absences", absences);
		Map<String, String> reach = new java.util.HashMap<>();
		absences.stream().map(AbsencePeriod::deputyUserId).filter(d -> d != null).distinct()
			.forEach(d -> workflow.deputyWarning(user.userId(), d).ifPresent(w -> reach.put(d, w)));
		model.addAttribute("reach", reach);
		model.addAttribute("deputies", deputies);
		model.addAttribute("names", identity.findAll().stream()
			.collect(java.util.stream.Collectors.toMap(UserAccount::userId, UserAccount::name, (a, b) -> a)));
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems);
		model.addAttribute("errors", FormErrors.byField(problems));
		return "workflow/absences";
	}
}
