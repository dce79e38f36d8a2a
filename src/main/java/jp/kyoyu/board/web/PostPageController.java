package jp.kyoyu.board.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.board.BoardAttachments;
import jp.kyoyu.board.BoardManagement;
import jp.kyoyu.board.BoardReading;
import jp.kyoyu.board.PostDetails;
import jp.kyoyu.board.ReplyView;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.FormErrors;

/** A post's page: body, files, replies with their files, the reply form, editing and deletion by the author (C2.3). */
@Controller
class PostPageController {

	private final BoardManagement board;

	private final BoardReading reading;

	private final BoardAttachments attachments;

	private final ProjectManagement projects;

	PostPageController(BoardManagement board, BoardReading reading, BoardAttachments attachments,
			ProjectManagement projects) {
		this.board = board;
		this.reading = reading;
		this.attachments = attachments;
		this.projects = projects;
	}

	/** Opening the page marks the post read. */
	@GetMapping("/board/posts/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		PostDetails post = board.open(id, user.userId());
		model.addAttribute("post", post);
		model.addAttribute("project", projects.get(post.projectId(), user.userId()));
		return "board/post";
	}

	@PostMapping("/board/posts/{id}/replies")
	String reply(@PathVariable long id, @RequestParam(required = false) String body,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal KyoyuPrincipal user, RedirectAttributes redirect) throws IOException {
		try {
			jp.kyoyu.shared.CleanText.requireFileName("file", file == null ? null : file.getOriginalFilename());
			ReplyView reply = board.reply(id, body, user.userId());
			if (file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
				try (InputStream in = file.getInputStream()) {
					attachments.add(id, reply.id(), in, file.getOriginalFilename(), file.getContentType(),
							user.userId());
				}
			}
			redirect.addFlashAttribute("notice", Wording.of("board.notice.replied"));
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("replyError", e.problems().get(0).message());
			redirect.addFlashAttribute("replyBody", body);
		}
		return "redirect:/board/posts/" + id;
	}

	/** Only the author edits; anyone else who may read the post is told so (403), others get 404. */
	@GetMapping("/board/posts/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		PostDetails post = ownPost(id, user);
		return editForm(post, post.version(), post.title(), post.body(), false, List.of(), user, model);
	}

	@PostMapping("/board/posts/{id}/edit")
	String update(@PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String body, @RequestParam(defaultValue = "false") boolean everywhere,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal KyoyuPrincipal user, Model model,
			RedirectAttributes redirect) {
		PostDetails post = ownPost(id, user);
		try {
			board.update(id, version, title, body, everywhere, user.userId());
		}
		catch (InvalidInputException e) {
			// The version it was opened with stays: saving again must not overwrite the other change unseen.
			return editForm(post, version, title, body, everywhere, e.problems(), user, model);
		}
		redirect.addFlashAttribute("notice", everywhere && post.bundled()
				? Wording.of("board.notice.updated-everywhere") : Wording.of("board.notice.updated"));
		return "redirect:/board/posts/" + id;
	}

	private PostDetails ownPost(long id, KyoyuPrincipal user) {
		PostDetails post = board.open(id, user.userId());
		if (!post.mine()) {
			throw new ForbiddenException(Wording.of("board.post.author-only-edit"));
		}
		return post;
	}

	private String editForm(PostDetails post, Long version, String title, String body, boolean everywhere,
			List<FieldProblem> problems, KyoyuPrincipal user, Model model) {
		model.addAttribute("post", post);
		model.addAttribute("formVersion", version);
		model.addAttribute("project", projects.get(post.projectId(), user.userId()));
		// "title" would be hidden by the layout's fragment parameter of that name.
		model.addAttribute("formTitle", title);
		model.addAttribute("formBody", body);
		model.addAttribute("everywhere", everywhere);
		model.addAttribute("problems", problems);
		model.addAttribute("errors", FormErrors.byField(problems));
		return "board/edit";
	}

	@PostMapping("/board/posts/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean everywhere,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal KyoyuPrincipal user,
			RedirectAttributes redirect) {
		long projectId = board.open(id, user.userId()).projectId();
		board.delete(id, version, everywhere, user.userId());
		redirect.addFlashAttribute("notice", Wording.of("board.notice.deleted"));
		return "redirect:/projects/" + projectId + "/board";
	}

	@GetMapping("/board/posts/{id}/files/{attachmentId}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId,
			@RequestParam(defaultValue = "false") boolean inline, @AuthenticationPrincipal KyoyuPrincipal user) {
		return attachments.download(id, attachmentId, inline, user.userId());
	}

	/** The home page's "mark all read". */
	@PostMapping("/board/unread/read")
	String markAllRead(@AuthenticationPrincipal KyoyuPrincipal user, RedirectAttributes redirect) {
		int marked = reading.markAllRead(user.userId());
		redirect.addFlashAttribute("notice", Wording.of("board.notice.marked-read", marked));
		return "redirect:/";
	}
}
