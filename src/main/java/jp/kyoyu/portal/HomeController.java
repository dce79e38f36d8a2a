package jp.kyoyu.portal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;

/** The home page: the user's projects, and later their unread posts, tasks and today's events. */
@Controller
class HomeController {

	private final ProjectManagement projects;

	HomeController(ProjectManagement projects) {
		this.projects = projects;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("projects", projects.projectsOf(user.userId()));
		model.addAttribute("mayCreateProject", projects.mayCreate(user.userId()));
		return "portal/home";
	}
}
