package jp.kyoyu.project.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
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
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.project.ProjectKind;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectRole;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** The project screens: list, registration, detail, editing and deletion with confirmation. */
@Controller
class ProjectPageController {

	private final ProjectManagement projects;

	private final DetailPage detailPage;

	private final IdentityManagement identity;

	private final Clock clock;

	ProjectPageController(ProjectManagement projects, DetailPage detailPage, IdentityManagement identity,
			Clock clock) {
		this.projects = projects;
		this.detailPage = detailPage;
		this.identity = identity;
		this.clock = clock;
	}

	@GetMapping("/projects")
	String list(@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		model.addAttribute("projects", projects.visibleProjects(user.userId()));
		model.addAttribute("mayCreate", projects.mayCreate(user.userId()));
		return "project/list";
	}

	@GetMapping("/projects/new")
	String newForm(@RequestParam(required = false) String kind, @AuthenticationPrincipal KyoyuPrincipal user,
			Model model) {
		requireMayCreate(user);
		ProjectKind chosen = "SERVICE".equals(kind) ? ProjectKind.SERVICE : ProjectKind.WORKS;
		return form(ProjectForm.blank(chosen, fiscalYear()), null, List.of(), user, model);
	}

	@PostMapping("/projects")
	String create(@RequestParam Map<String, String> params, @AuthenticationPrincipal KyoyuPrincipal user, Model model,
			RedirectAttributes redirect) {
		requireMayCreate(user);
		ProjectForm form = ProjectForm.of(params);
		ProjectKind kind = form.kind();
		form.forKind(kind);
		List<FieldProblem> conversion = new ArrayList<>();
		var input = form.toInput(kind, conversion);
		try {
			if (!conversion.isEmpty()) {
				throw new InvalidInputException(ProjectForm.merge(conversion, projects.problemsOf(input, kind)));
			}
			ProjectDetails created = projects.create(input, form.creatorRole(), user.userId());
			redirect.addFlashAttribute("notice", Wording.of("project.notice.created", created.name()));
			return "redirect:/projects/" + created.id();
		}
		catch (InvalidInputException e) {
			return form(form, null, e.problems(), user, model);
		}
	}

	@GetMapping("/projects/{id}")
	String detail(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		return detailPage.show(id, user.userId(), model);
	}

	@GetMapping("/projects/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		ProjectDetails project = projects.get(id, user.userId());
		return form(ProjectForm.of(project), project, List.of(), user, model);
	}

	@PostMapping("/projects/{id}/edit")
	String update(@PathVariable long id, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect) {
		ProjectDetails project = projects.get(id, user.userId());
		ProjectForm form = ProjectForm.of(params);
		form.forKind(project.kind());
		List<FieldProblem> conversion = new ArrayList<>();
		// The kind is fixed: whatever a tampered form says, the project's own kind is used.
		var input = form.toInput(project.kind(), conversion);
		try {
			if (!conversion.isEmpty()) {
				throw new InvalidInputException(
						ProjectForm.merge(conversion, projects.problemsOf(input, project.kind())));
			}
			projects.update(id, form.version(), input, user.userId());
			redirect.addFlashAttribute("notice", Wording.of("project.notice.saved"));
			return "redirect:/projects/" + id;
		}
		catch (InvalidInputException e) {
			return form(form, project, e.problems(), user, model);
		}
	}

	@GetMapping("/projects/{id}/delete")
	String confirmDelete(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		ProjectDetails project = projects.get(id, user.userId());
		if (!projects.mayManage(id, user.userId())) {
			throw new ForbiddenException(Wording.of("project.delete.managers-only"));
		}
		model.addAttribute("project", project);
		return "project/delete";
	}

	@PostMapping("/projects/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect) {
		ProjectDetails project = projects.get(id, user.userId());
		try {
			projects.delete(id, version, user.userId());
		}
		catch (ForbiddenException e) {
			model.addAttribute("project", project);
			model.addAttribute("refusal", e.getMessage());
			return "project/delete";
		}
		redirect.addFlashAttribute("notice", Wording.of("project.notice.deleted", project.name()));
		return "redirect:/projects";
	}

	private String form(ProjectForm form, ProjectDetails project, List<FieldProblem> problems, KyoyuPrincipal user,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("project", project);
		ProjectKind kind = project != null ? project.kind() : form.kind();
		model.addAttribute("kind", kind != null ? kind : ProjectKind.WORKS);
		model.addAttribute("problems", problems);
		model.addAttribute("errors", ProjectForm.byField(problems));
		model.addAttribute("creatorRoles", ProjectRole.of(user.side()));
		// An administrator may set a project up without joining it; everyone else joins in a role.
		model.addAttribute("administrator",
				identity.find(user.userId()).map(UserAccount::isAdministrator).orElse(false));
		return "project/form";
	}

	private void requireMayCreate(KyoyuPrincipal user) {
		if (!projects.mayCreate(user.userId())) {
			throw new ForbiddenException(Wording.of(ProjectManagement.CREATORS_ONLY));
		}
	}

	/** Japanese fiscal years start in April. */
	private int fiscalYear() {
		LocalDate today = LocalDate.now(clock);
		return today.getMonthValue() >= Month.APRIL.getValue() ? today.getYear() : today.getYear() - 1;
	}
}
