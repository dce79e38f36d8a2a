package jp.kyoyu.document.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.document.DocumentManagement;
import jp.kyoyu.document.DocumentQuery;
import jp.kyoyu.document.FolderSize;
import jp.kyoyu.document.FolderView;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.FormErrors;

/** A project's folder tree with the document list, search and sort (C5.1, C5.3, C5.4), and the folder forms. */
@Controller
class DocumentPageController {

	private final DocumentManagement documents;

	private final ProjectManagement projects;

	DocumentPageController(DocumentManagement documents, ProjectManagement projects) {
		this.documents = documents;
		this.projects = projects;
	}

	@GetMapping("/projects/{projectId}/documents")
	String list(@PathVariable long projectId, @RequestParam(required = false) String folder,
			@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String author, @RequestParam(required = false) String status,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String sort, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		model.addAttribute("project", projects.readable(projectId, user.userId()));
		// An inspector (本文5) reads only: the page offers them no form they would be refused.
		model.addAttribute("readOnly", projects.inspectsToday(projectId, user.userId()));
		List<FolderView> folders = documents.folders(projectId, user.userId());
		Long folderId = folders.stream().filter(f -> String.valueOf(f.id()).equals(folder)).map(FolderView::id)
			.findFirst().orElse(null);
		model.addAttribute("tree", FolderOptions.of(folders));
		model.addAttribute("folder", folders.stream().filter(f -> f.id() == (folderId == null ? -1 : folderId))
			.findFirst().orElse(null));
		model.addAttribute("q", q).addAttribute("category", category).addAttribute("author", author)
			.addAttribute("status", status).addAttribute("from", from).addAttribute("to", to)
			.addAttribute("sort", sort == null ? "-date" : sort);
		try {
			model.addAttribute("documents", documents.documents(projectId,
					new DocumentQuery(folderId, q, category, author, status, from, to, sort), user.userId()));
			model.addAttribute("errors", FormErrors.byField(List.of()));
		}
		catch (InvalidInputException e) {
			model.addAttribute("documents", List.of());
			model.addAttribute("errors", FormErrors.byField(e.problems()));
		}
		model.addAttribute("query", queryString(folderId, q, category, author, status, from, to, sort));
		return "document/list";
	}

	@PostMapping("/projects/{projectId}/folders")
	String addFolder(@PathVariable long projectId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String parentId, @AuthenticationPrincipal KyoyuPrincipal user,
			RedirectAttributes redirect) {
		try {
			FolderView added = documents.addFolder(projectId, name, parse(parentId), user.userId());
			redirect.addFlashAttribute("notice", Wording.of("document.folder.notice.created", added.name()));
			return "redirect:/projects/" + projectId + "/documents?folder=" + added.id();
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("folderProblems", e.problems());
			redirect.addFlashAttribute("folderName", name);
			// Back to the folder chosen, when it is a folder id at all: anything else (Japanese, spaces, 20,000
			// characters) in the Location header breaks it or overflows Tomcat's header buffer (a 500).
			boolean folderId = parentId != null && parentId.matches("[0-9]{1,18}");
			return "redirect:/projects/" + projectId + "/documents" + (folderId ? "?folder=" + parentId : "");
		}
	}

	@GetMapping("/folders/{folderId}/edit")
	String edit(@PathVariable long folderId, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		FolderView folder = documents.folder(folderId, user.userId());
		return editForm(folder, folder.version(), folder.name(),
				folder.parentId() == null ? "" : folder.parentId().toString(), List.of(), user, model);
	}

	@PostMapping("/folders/{folderId}/edit")
	String change(@PathVariable long folderId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String parentId, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect) {
		FolderView folder = documents.folder(folderId, user.userId());
		try {
			documents.changeFolder(folderId, version, name, true, parse(parentId), user.userId());
		}
		catch (InvalidInputException e) {
			// The version it was opened with stays: saving again must not overwrite the other change unseen.
			return editForm(folder, version, name, parentId, e.problems(), user, model);
		}
		redirect.addFlashAttribute("notice", Wording.of("document.folder.notice.changed"));
		return "redirect:/projects/" + folder.projectId() + "/documents?folder=" + folderId;
	}

	@PostMapping("/folders/{folderId}/delete")
	String delete(@PathVariable long folderId, @RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal KyoyuPrincipal user, Model model,
			RedirectAttributes redirect) {
		FolderView folder = documents.folder(folderId, user.userId());
		FolderSize size = documents.size(folderId, user.userId());
		if (!size.empty() && !confirmed) {
			model.addAttribute("folder", folder).addAttribute("size", size)
				.addAttribute("project", projects.get(folder.projectId(), user.userId()));
			return "document/folder-delete";
		}
		try {
			documents.deleteFolder(folderId, version, true, user.userId());
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("folderProblems", e.problems());
			return "redirect:/projects/" + folder.projectId() + "/documents?folder=" + folderId;
		}
		redirect.addFlashAttribute("notice", Wording.of("document.folder.notice.deleted", folder.name()));
		return "redirect:/projects/" + folder.projectId() + "/documents";
	}

	private String editForm(FolderView folder, Long version, String name, String parentId,
			List<FieldProblem> problems, KyoyuPrincipal user, Model model) {
		model.addAttribute("project", projects.get(folder.projectId(), user.userId()));
		model.addAttribute("formVersion", version);
		model.addAttribute("folder", folder).addAttribute("name", name).addAttribute("parentId", parentId);
		model.addAttribute("tree", FolderOptions.of(documents.folders(folder.projectId(), user.userId())));
		model.addAttribute("problems", problems).addAttribute("errors", FormErrors.byField(problems));
		return "document/folder-form";
	}

	static Long parse(String id) {
		if (id == null || id.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(id.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("parentId", Wording.of("document.folder.choose-parent"));
		}
	}

	private static String queryString(Long folder, String... values) {
		String[] names = { "q", "category", "author", "status", "from", "to", "sort" };
		org.springframework.web.util.UriComponentsBuilder uri = org.springframework.web.util.UriComponentsBuilder.newInstance();
		if (folder != null) {
			uri.queryParam("folder", folder);
		}
		for (int i = 0; i < names.length; i++) {
			if (values[i] != null && !values[i].isBlank()) {
				uri.queryParam(names[i], values[i]);
			}
		}
		return uri.encode().build().toUriString();
	}
}
