package jp.kyoyu.consultation.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.consultation.ConsultationFiles;
import jp.kyoyu.consultation.ConsultationManagement;
import jp.kyoyu.consultation.ConsultationSummary;
import jp.kyoyu.consultation.ConsultationView;
import jp.kyoyu.consultation.NoticeChannel;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.web.ArrivingFiles;
import jp.kyoyu.shared.web.FormErrors;
import jp.kyoyu.storage.IncomingFile;

/** The pages: a project's list by stage (S4.13), the new-matter form and the matter page. */
@Controller
class ConsultationPageController {

	private final ConsultationManagement consultations;

	private final ConsultationFiles files;

	private final ProjectManagement projects;

	private final MatterPageModel matterPage;

	private final MessageSource messages;

	ConsultationPageController(ConsultationManagement consultations, ConsultationFiles files,
			ProjectManagement projects, MatterPageModel matterPage, MessageSource messages) {
		this.consultations = consultations;
		this.files = files;
		this.projects = projects;
		this.matterPage = matterPage;
		this.messages = messages;
	}

	/** The line the next page shows after a change, in the user's language. */
	private String notice(String what) {
		return messages.getMessage("consultation.flash." + what, null, LocaleContextHolder.getLocale());
	}

	/** What the new-matter form sends. */
	public record MatterForm(String title, String body, String channel) {
	}

	@GetMapping("/projects/{projectId}/consultations")
	String list(@PathVariable long projectId, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		List<ConsultationSummary> rows = consultations.list(projectId, user.userId());
		model.addAttribute("project", projects.get(projectId, user.userId()));
		model.addAttribute("matters", rows.stream().filter(r -> r.stage() == ConsultationSummary.Stage.PRE_CONSULTATION).toList());
		model.addAttribute("proposals", rows.stream().filter(r -> r.stage() == ConsultationSummary.Stage.DECISION).toList());
		return "consultation/list";
	}

	@GetMapping("/projects/{projectId}/consultations/new")
	String newMatter(@PathVariable long projectId, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		consultations.list(projectId, user.userId()); // 404 for non-members before showing anything
		return form(projectId, new MatterForm(null, null, "BOTH"), List.of(), user, model);
	}

	/**
	 * The files stream from the request into the store one after the other (issue #21): the form sends them after
	 * every other field, so the matter is checked before they arrive and registered once they are stored. A
	 * refused matter or file name shows the form again with what was typed.
	 */
	@PostMapping("/projects/{projectId}/consultations")
	String create(@PathVariable long projectId, @ModelAttribute MatterForm form, HttpServletRequest request,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect) {
		ConsultationView created;
		try {
			created = consultations.registerWithFiles(projectId, form.title(), form.body(),
					ConsultationApiController.channel(form.channel()),
					ArrivingFiles.of(request, "files").as(IncomingFile::new), user.userId());
		}
		catch (InvalidInputException e) {
			return form(projectId, form, FormErrors.renamed(e.problems(), "file", "files"), user, model);
		}
		redirect.addFlashAttribute("notice", notice("registered"));
		return "redirect:/consultations/" + created.id();
	}

	@GetMapping("/consultations/{id}")
	String matter(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		return matterPage.fill(id, user, model);
	}

	@PostMapping("/consultations/{id}/comments")
	String comment(@PathVariable long id, @RequestParam(required = false) String body,
			@RequestParam(name = "file", required = false) MultipartFile upload,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect) throws IOException {
		long commentId;
		try {
			jp.kyoyu.shared.CleanText.requireFileName("file", upload == null ? null : upload.getOriginalFilename());
			commentId = consultations.comment(id, body, user.userId()).id();
		}
		catch (InvalidInputException e) {
			model.addAttribute("commentBody", body);
			model.addAttribute("commentError", e.problems().get(0).message());
			return matterPage.fill(id, user, model);
		}
		add(id, commentId, upload, user);
		redirect.addFlashAttribute("notice", notice("commented"));
		return "redirect:/consultations/" + id + "#comments";
	}

	@PostMapping("/consultations/{id}/files")
	String material(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile upload,
			@AuthenticationPrincipal KyoyuPrincipal user, RedirectAttributes redirect) throws IOException {
		add(id, null, upload, user);
		redirect.addFlashAttribute("notice", notice("fileAdded"));
		return "redirect:/consultations/" + id;
	}

	@GetMapping("/consultations/{id}/files/{fileId}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long fileId,
			@RequestParam(defaultValue = "false") boolean inline, @AuthenticationPrincipal KyoyuPrincipal user) {
		return files.download(id, fileId, inline, user.userId());
	}

	@PostMapping("/consultations/{id}/agreement")
	String agree(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, RedirectAttributes redirect) {
		consultations.agree(id, user.userId());
		redirect.addFlashAttribute("notice", notice("agreed"));
		return "redirect:/consultations/" + id;
	}

	@PostMapping("/consultations/{id}/withdrawal")
	String withdraw(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, RedirectAttributes redirect) {
		consultations.withdraw(id, user.userId());
		redirect.addFlashAttribute("notice", notice("withdrawn"));
		return "redirect:/consultations/" + id;
	}

	@PostMapping("/consultations/{id}/proposal")
	String convert(@PathVariable long id, @RequestParam(required = false) String type,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect) {
		long proposalId;
		try {
			proposalId = consultations.convert(id, type, user.userId());
		}
		catch (InvalidInputException e) {
			model.addAttribute("convertError", e.problems().get(0).message());
			return matterPage.fill(id, user, model);
		}
		redirect.addFlashAttribute("notice", notice("converted"));
		return "redirect:/proposals/" + proposalId;
	}

	private void add(long id, Long commentId, MultipartFile upload, KyoyuPrincipal user) throws IOException {
		// An empty file input still sends one part without a name.
		if (upload == null || upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank()) {
			return;
		}
		try (InputStream in = upload.getInputStream()) {
			files.add(id, commentId, in, upload.getOriginalFilename(), upload.getContentType(), user.userId());
		}
	}

	private String form(long projectId, MatterForm form, List<FieldProblem> problems, KyoyuPrincipal user,
			Model model) {
		model.addAttribute("project", projects.get(projectId, user.userId()));
		model.addAttribute("form", form);
		model.addAttribute("channels", NoticeChannel.values());
		model.addAttribute("problems", problems);
		model.addAttribute("errors", FormErrors.byField(problems));
		return "consultation/form";
	}
}
