package jp.kyoyu.document.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.document.DocumentInput;
import jp.kyoyu.document.DocumentManagement;
import jp.kyoyu.document.DocumentView;
import jp.kyoyu.document.NewFile;
import jp.kyoyu.document.ResumableUploads;
import jp.kyoyu.document.UploadStatus;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.ArrivingFiles;
import jp.kyoyu.shared.web.FormErrors;

/**
 * The register form (C5.2) with resumable uploads for large files (S5.8; static/js/document-upload.js), and a
 * document's page with its files and approval record (C5.5, C5.6, C5.8), move and delete.
 */
@Controller
class DocumentFormController {

	private final DocumentManagement documents;

	private final ResumableUploads uploads;

	private final ProjectManagement projects;

	/** Japan's clock: the form's default date is today in Japan, whatever zone the server runs in. */
	private final Clock clock;

	DocumentFormController(DocumentManagement documents, ResumableUploads uploads, ProjectManagement projects,
			Clock clock) {
		this.documents = documents;
		this.uploads = uploads;
		this.projects = projects;
		this.clock = clock;
	}

	/** What the form sends, as typed; {@code uploadIds} are files already sent by the page's script. */
	record RegisterForm(String folderId, String title, String category, String date, List<String> uploadIds) {
	}

	@GetMapping("/projects/{projectId}/documents/new")
	String form(@PathVariable long projectId, @RequestParam(required = false) String folder,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		return form(projectId, new RegisterForm(folder, null, null, LocalDate.now(clock).toString(), List.of()), List.of(),
				user, model);
	}

	/**
	 * The files stream from the request into the store one after the other (issue #21): the form sends them after
	 * every field. A refused registration shows the form again with what was typed.
	 */
	@PostMapping("/projects/{projectId}/documents")
	String register(@PathVariable long projectId, RegisterForm form, HttpServletRequest request,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect) {
		Long folderId;
		try {
			folderId = DocumentPageController.parse(form.folderId());
			if (folderId == null) {
				throw new InvalidInputException("folderId", Wording.of("document.form.choose-folder"));
			}
		}
		catch (InvalidInputException e) {
			return form(projectId, form, e.problems(), user, model);
		}
		try {
			DocumentView created = documents.register(folderId,
					new DocumentInput(form.title(), form.category(), form.date(), form.uploadIds()),
					ArrivingFiles.of(request, "file").as(NewFile::new), user.userId());
			redirect.addFlashAttribute("notice", Wording.of("document.notice.registered", created.title()));
			return "redirect:/documents/" + created.id();
		}
		catch (InvalidInputException e) {
			return form(projectId, form, e.problems(), user, model);
		}
	}

	@GetMapping("/documents/{documentId}")
	String show(@PathVariable long documentId, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		DocumentView document = documents.document(documentId, user.userId());
		model.addAttribute("document", document);
		model.addAttribute("project", projects.readable(document.projectId(), user.userId()));
		model.addAttribute("readOnly", projects.inspectsToday(document.projectId(), user.userId()));
		model.addAttribute("tree", FolderOptions.of(documents.folders(document.projectId(), user.userId())));
		return "document/detail";
	}

	@PostMapping("/documents/{documentId}/move")
	String move(@PathVariable long documentId, @RequestParam(required = false) String folderId,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal KyoyuPrincipal user,
			RedirectAttributes redirect) {
		try {
			Long target = DocumentPageController.parse(folderId);
			documents.move(documentId, version, target == null ? -1 : target, user.userId());
			redirect.addFlashAttribute("notice", Wording.of("document.notice.moved"));
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("error", e.problems().get(0).message());
		}
		return "redirect:/documents/" + documentId;
	}

	@PostMapping("/documents/{documentId}/delete")
	String delete(@PathVariable long documentId, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal KyoyuPrincipal user, RedirectAttributes redirect) {
		DocumentView document = documents.document(documentId, user.userId());
		try {
			documents.delete(documentId, version, user.userId());
		}
		catch (ForbiddenException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			return "redirect:/documents/" + documentId;
		}
		redirect.addFlashAttribute("notice", Wording.of("document.notice.deleted", document.title()));
		return "redirect:/projects/" + document.projectId() + "/documents?folder=" + document.folderId();
	}

	private String form(long projectId, RegisterForm form, List<FieldProblem> problems, KyoyuPrincipal user,
			Model model) {
		model.addAttribute("project", projects.get(projectId, user.userId()));
		model.addAttribute("tree", FolderOptions.of(documents.folders(projectId, user.userId())));
		model.addAttribute("categories", documents.categories(projectId, user.userId()));
		model.addAttribute("form", form);
		List<UploadStatus> sent = new ArrayList<>();
		for (String id : form.uploadIds() == null ? List.<String>of() : form.uploadIds()) {
			try {
				sent.add(uploads.status(id, user.userId()));
			}
			catch (RuntimeException gone) {
				// expired or not the user's: the form says so through the register's own check
			}
		}
		model.addAttribute("sent", sent);
		model.addAttribute("problems", problems).addAttribute("errors", FormErrors.byField(problems));
		return "document/form";
	}

}
