package jp.kyoyu.project.web;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectRole;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** The member forms of the project page: add, change role, remove. */
@Controller
class MemberPageController {

	private final ProjectManagement projects;

	private final DetailPage detailPage;

	MemberPageController(ProjectManagement projects, DetailPage detailPage) {
		this.projects = projects;
		this.detailPage = detailPage;
	}

	@PostMapping("/projects/{id}/members")
	String add(@PathVariable long id, @RequestParam(defaultValue = "") String userId,
			@RequestParam(defaultValue = "") String role, @AuthenticationPrincipal KyoyuPrincipal user, Model model,
			RedirectAttributes redirect) {
		try {
			projects.addMember(id, userId, role(role), user.userId());
		}
		catch (InvalidInputException e) {
			model.addAttribute("memberForm", Map.of("userId", userId, "role", role));
			model.addAttribute("errors", ProjectForm.byField(e.problems()));
			return detailPage.show(id, user.userId(), model);
		}
		redirect.addFlashAttribute("notice", Wording.of("project.notice.member-added"));
		return "redirect:/projects/" + id + "#members";
	}

	@PostMapping("/projects/{id}/members/{userId}/role")
	String changeRole(@PathVariable long id, @PathVariable String userId,
			@RequestParam(defaultValue = "") String role, @AuthenticationPrincipal KyoyuPrincipal user, Model model,
			RedirectAttributes redirect) {
		try {
			projects.changeRole(id, userId, role(role), user.userId());
		}
		catch (InvalidInputException e) {
			model.addAttribute("memberError", e.problems().get(0).message());
			return detailPage.show(id, user.userId(), model);
		}
		redirect.addFlashAttribute("notice", Wording.of("project.notice.role-changed"));
		return "redirect:/projects/" + id + "#members";
	}

	@PostMapping("/projects/{id}/members/{userId}/remove")
	String remove(@PathVariable long id, @PathVariable String userId, @AuthenticationPrincipal KyoyuPrincipal user,
			Model model, RedirectAttributes redirect) {
		try {
			projects.removeMember(id, userId, user.userId());
		}
		catch (InvalidInputException e) {
			model.addAttribute("memberError", e.problems().get(0).message());
			return detailPage.show(id, user.userId(), model);
		}
		redirect.addFlashAttribute("notice", Wording.of("project.notice.member-removed"));
		return "redirect:/projects/" + id + "#members";
	}

	private static ProjectRole role(String name) {
		for (ProjectRole role : ProjectRole.values()) {
			if (role.name().equals(name)) {
				return role;
			}
		}
		return null;
	}
}
