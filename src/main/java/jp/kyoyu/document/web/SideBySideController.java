package jp.kyoyu.document.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoyu.document.DocumentManagement;
import jp.kyoyu.document.DocumentQuery;
import jp.kyoyu.document.DocumentView;
import jp.kyoyu.document.FolderView;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;

/**
 * Two documents side by side in one window with the folder tree and search beside them (本文5(4) 「ウィンドウの切り替え
 * 等」): for the electronic inspection, and for anyone comparing two files. Read rights are the document pages'
 * ({@code ProjectManagement.readable}: members, and an inspector during the granted period); each pane's file is
 * read through {@link DocumentManagement#document}, so a file of another project cannot be slipped in by address.
 */
@Controller
class SideBySideController {

	private final DocumentManagement documents;

	private final ProjectManagement projects;

	SideBySideController(DocumentManagement documents, ProjectManagement projects) {
		this.documents = documents;
		this.projects = projects;
	}

	@GetMapping("/projects/{projectId}/documents/side-by-side")
	String show(@PathVariable long projectId, @RequestParam(required = false) String folder,
			@RequestParam(required = false) String q, @RequestParam(required = false) String left,
			@RequestParam(required = false) String right, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		model.addAttribute("project", projects.readable(projectId, user.userId()));
		List<FolderView> folders = documents.folders(projectId, user.userId());
		Long folderId = folders.stream().filter(f -> String.valueOf(f.id()).equals(folder)).map(FolderView::id)
			.findFirst().orElse(null);
		List<DocumentView> found;
		try {
			found = documents.documents(projectId, new DocumentQuery(folderId, q, null, null, null, null, null, null),
					user.userId());
		}
		catch (InvalidInputException e) {
			found = List.of();
		}
		Optional<SideBySidePane> leftPane = pane(projectId, left, user);
		Optional<SideBySidePane> rightPane = pane(projectId, right, user);
		List<SideBySidePane> choices = new ArrayList<>(SideBySidePane.choices(found));
		// A chosen file stays choosable when the tree or the search no longer lists it: changing the folder must
		// not silently change what a pane shows.
		for (Optional<SideBySidePane> chosen : List.of(leftPane, rightPane)) {
			chosen.filter(p -> choices.stream().noneMatch(c -> c.ref().equals(p.ref()))).ifPresent(choices::add);
		}
		model.addAttribute("tree", FolderOptions.of(folders)).addAttribute("folderId", folderId)
			.addAttribute("q", q).addAttribute("found", found).addAttribute("choices", choices)
			.addAttribute("left", leftPane.orElse(null)).addAttribute("right", rightPane.orElse(null))
			.addAttribute("leftRef", leftPane.map(SideBySidePane::ref).orElse(null))
			.addAttribute("rightRef", rightPane.map(SideBySidePane::ref).orElse(null))
			.addAttribute("leftMissing", left != null && !left.isBlank() && leftPane.isEmpty())
			.addAttribute("rightMissing", right != null && !right.isBlank() && rightPane.isEmpty());
		return "document/side-by-side";
	}

	/** The chosen file when it is a file of a readable document of this project; empty for anything else. */
	private Optional<SideBySidePane> pane(long projectId, String ref, KyoyuPrincipal user) {
		return SideBySidePane.parse(ref).flatMap(ids -> {
			try {
				DocumentView document = documents.document(ids[0], user.userId());
				return document.projectId() != projectId ? Optional.<SideBySidePane>empty()
						: document.files().stream().filter(f -> f.id() == ids[1]).findFirst()
							.map(f -> new SideBySidePane(SideBySidePane.ref(document, f), document, f));
			}
			catch (NotFoundException | ForbiddenException e) {
				return Optional.empty();
			}
		});
	}
}
