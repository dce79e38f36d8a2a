package jp.kyoyu.board.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.board.BoardManagement;
import jp.kyoyu.board.BoardReading;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.FormErrors;

/**
 * The views over several projects: the tree project → post → replies of chosen or all projects (S2.7) and one
 * post to several projects at once (S2.8).
 */
@Controller
class BoardOverviewController {

	private final BoardManagement board;

	private final BoardReading reading;

	private final ProjectManagement projects;

	BoardOverviewController(BoardManagement board, BoardReading reading, ProjectManagement projects) {
		this.board = board;
		this.reading = reading;
		this.projects = projects;
	}

	/** No project chosen means all of the user's projects. */
	@GetMapping("/board/tree")
	String tree(@RequestParam(name = "projectIds", required = false) List<Long> projectIds,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		List<Long> chosen = projectIds == null ? List.of() : projectIds;
		model.addAttribute("projects", projects.projectsOf(user.userId()));
		model.addAttribute("chosen", chosen);
		model.addAttribute("tree", reading.tree(chosen, user.userId()));
		return "board/tree";
	}

	@GetMapping("/board/posts/new")
	String newPost(@RequestParam(name = "projectIds", required = false) List<Long> projectIds,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		return form(projectIds, null, null, List.of(), user, model);
	}

	@PostMapping("/board/posts")
	String create(@RequestParam(name = "projectIds", required = false) List<Long> projectIds,
			@RequestParam(required = false) String title, @RequestParam(required = false) String body,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect) {
		List<Long> ids;
		try {
			ids = board.createEverywhere(projectIds, title, body, user.userId());
		}
		catch (InvalidInputException e) {
			return form(projectIds, title, body, e.problems(), user, model);
		}
		redirect.addFlashAttribute("notice", Wording.of("board.notice.posted-to-projects", ids.size()));
		return "redirect:/board/tree?" + String.join("&", projectIds.stream().map(id -> "projectIds=" + id).toList());
	}

	private String form(List<Long> projectIds, String title, String body, List<FieldProblem> problems,
			KyoyuPrincipal user, Model model) {
		model.addAttribute("projects", projects.projectsOf(user.userId()));
		model.addAttribute("chosen", projectIds == null ? List.of() : projectIds);
		// "title" would be hidden by the layout's fragment parameter of that name.
		model.addAttribute("formTitle", title);
		model.addAttribute("formBody", body);
		model.addAttribute("problems", problems);
		model.addAttribute("errors", FormErrors.byField(problems));
		return "board/multi-form";
	}
}
