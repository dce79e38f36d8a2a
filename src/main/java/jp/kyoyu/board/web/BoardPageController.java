package jp.kyoyu.board.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.board.BoardManagement;
import jp.kyoyu.board.BoardPage;
import jp.kyoyu.board.BoardReading;
import jp.kyoyu.board.PostInput;
import jp.kyoyu.board.PostSearch;
import jp.kyoyu.board.PostSummary;
import jp.kyoyu.identity.GroupManagement;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.ArrivingFiles;
import jp.kyoyu.shared.web.FormErrors;
import jp.kyoyu.storage.IncomingFile;

/** A project's board page with search (C2.7) and the new-post form with audience and mail choices (C2.1-C2.8). */
@Controller
class BoardPageController {

	private final BoardManagement board;

	private final BoardReading reading;

	private final ProjectManagement projects;

	private final GroupManagement groups;

	BoardPageController(BoardManagement board, BoardReading reading, ProjectManagement projects,
			GroupManagement groups) {
		this.board = board;
		this.reading = reading;
		this.projects = projects;
		this.groups = groups;
	}

	/** What the new-post form sends; {@code audience} is {@code all} or {@code chosen}. */
	public record PostForm(String title, String body, String audience, List<String> users, List<String> groups,
			List<String> recipients) {

		public PostForm {
			users = users == null ? List.of() : users;
			groups = groups == null ? List.of() : groups;
			recipients = recipients == null ? List.of() : recipients;
		}

		public boolean chosen() {
			return "chosen".equals(audience);
		}
	}

	/** The board list, {@value BoardPage#SIZE} posts a page; {@code page} counts from 1 (see docs/modules/board.md). */
	@GetMapping("/projects/{projectId}/board")
	String list(@PathVariable long projectId, @RequestParam(required = false) String q,
			@RequestParam(required = false) String author, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String page,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		model.addAttribute("project", projects.get(projectId, user.userId()));
		model.addAttribute("q", q).addAttribute("author", author).addAttribute("from", from).addAttribute("to", to);
		BoardPage<PostSummary> shown;
		try {
			shown = reading.page(projectId, PostSearch.of(q, author, from, to), BoardPage.requested(page),
					user.userId());
			model.addAttribute("errors", FormErrors.byField(List.of()));
		}
		catch (InvalidInputException e) {
			shown = new BoardPage<>(List.of(), 1, BoardPage.SIZE, 0);
			model.addAttribute("errors", FormErrors.byField(e.problems()));
		}
		model.addAttribute("posts", shown.items());
		model.addAttribute("postPage", shown);
		model.addAttribute("pageMoved", PageLinks.moved(page, shown));
		model.addAttribute("pageLinks", new PageLinks("/projects/" + projectId + "/board", q, author, from, to));
		return "board/list";
	}

	@GetMapping("/projects/{projectId}/board/new")
	String newPost(@PathVariable long projectId, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		return form(projectId, new PostForm(null, null, "all", null, null, null), List.of(), user, model);
	}

	/**
	 * The files stream from the request into the store one after the other (issue #21): the form sends them after
	 * every other field, so the post is checked before they arrive and made once they are stored. A refused post or
	 * file name shows the form again with what was typed.
	 */
	@PostMapping("/projects/{projectId}/board")
	String create(@PathVariable long projectId, @ModelAttribute PostForm form, HttpServletRequest request,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect) {
		if (form.chosen() && form.users().isEmpty() && form.groups().isEmpty()) {
			// Choosing "only these" and nobody must not quietly post to the whole project.
			return form(projectId, form, List.of(new FieldProblem("visibleTo.users",
					Wording.of("board.audience.nobody-chosen"))),
					user, model);
		}
		long id;
		try {
			id = board.createWithFiles(projectId, new PostInput(form.title(), form.body(),
					form.chosen() ? form.users() : null, form.chosen() ? form.groups() : null, form.recipients()),
					ArrivingFiles.of(request, "files").as(IncomingFile::new), user.userId());
		}
		catch (InvalidInputException e) {
			return form(projectId, form, FormErrors.renamed(e.problems(), "file", "files"), user, model);
		}
		redirect.addFlashAttribute("notice", Wording.of("board.notice.posted"));
		return "redirect:/board/posts/" + id;
	}

	private String form(long projectId, PostForm form, List<FieldProblem> problems,
			KyoyuPrincipal user, Model model) {
		model.addAttribute("project", projects.get(projectId, user.userId()));
		model.addAttribute("members", projects.members(projectId, user.userId()));
		model.addAttribute("groups", groups.findAll());
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("errors", FormErrors.byField(problems));
		return "board/form";
	}
}
