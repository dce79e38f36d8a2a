package jp.kyoyu.portal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jp.kyoyu.board.BoardReading;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;

/** The home page: the user's unread posts and projects, and later their tasks and today's events. */
@Controller
class HomeController {

	private final ProjectManagement projects;

	private final BoardReading board;

	HomeController(ProjectManagement projects, BoardReading board) {
		this.projects = projects;
		this.board = board;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("projects", projects.projectsOf(user.userId()));
		model.addAttribute("mayCreateProject", projects.mayCreate(user.userId()));
		model.addAttribute("unreadPosts", board.unread(user.userId()));
		return "portal/home";
	}
}
