package jp.kyoyu.document.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.document.DocumentManagement;
import jp.kyoyu.document.DocumentView;
import jp.kyoyu.document.FolderView;
import jp.kyoyu.document.PhotoClasses;
import jp.kyoyu.document.PhotoInput;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.FormErrors;

/**
 * The bulk-edit list of a folder's photos (写真情報の一括編集): one form, one row per photo, one save. The fields
 * are named {@code rows[<document id>].<item>}, the names the rules give their problems, so a bad row's error
 * stands next to it and every row keeps what was typed.
 */
@Controller
class PhotoListController {

	private static final List<String> TEXTS = List.of("photoClass", "workType", "workKind", "workDetail", "title",
			"takenOn");

	private final DocumentManagement documents;

	private final ProjectManagement projects;

	PhotoListController(DocumentManagement documents, ProjectManagement projects) {
		this.documents = documents;
		this.projects = projects;
	}

	/** One row as the form shows it. */
	record Row(DocumentView document, PhotoInput input) {

		/** Public: the template's expressions call it. */
		public String field(String item) {
			return "rows[" + document.id() + "]." + item;
		}
	}

	@GetMapping("/folders/{folderId}/photos")
	String list(@PathVariable long folderId, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		List<Row> rows = documents.photosIn(folderId, user.userId()).stream()
			.map(photo -> new Row(photo, PhotoInput.of(photo.photo())))
			.toList();
		return page(folderId, rows, List.of(), user, model);
	}

	@PostMapping("/folders/{folderId}/photos")
	String save(@PathVariable long folderId, @RequestParam MultiValueMap<String, String> form,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect) {
		List<DocumentView> photos = documents.photosIn(folderId, user.userId());
		Map<Long, PhotoInput> typed = new LinkedHashMap<>();
		List<Row> rows = new ArrayList<>();
		for (DocumentView photo : photos) {
			String prefix = "rows[" + photo.id() + "].";
			if (!form.containsKey(prefix + "title")) {
				continue; // not in the form that was opened (registered since): left as it is
			}
			PhotoInput input = new PhotoInput(form.getFirst(prefix + "photoClass"), form.getFirst(prefix + "workType"),
					form.getFirst(prefix + "workKind"), form.getFirst(prefix + "workDetail"),
					form.getFirst(prefix + "title"), form.containsKey(prefix + "representative"),
					form.containsKey(prefix + "frequencyRequired"), form.getFirst(prefix + "takenOn"));
			typed.put(photo.id(), input);
			rows.add(new Row(photo, input));
		}
		try {
			int saved = documents.changePhotos(folderId, typed, user.userId());
			redirect.addFlashAttribute("notice", Wording.of("document.photo.bulk.saved", saved));
			return "redirect:/folders/" + folderId + "/photos";
		}
		catch (InvalidInputException e) {
			return page(folderId, rows, e.problems(), user, model);
		}
	}

	private String page(long folderId, List<Row> rows, List<FieldProblem> problems, KyoyuPrincipal user, Model model) {
		FolderView folder = documents.folder(folderId, user.userId());
		model.addAttribute("project", projects.readable(folder.projectId(), user.userId()));
		model.addAttribute("readOnly", projects.inspectsToday(folder.projectId(), user.userId()));
		model.addAttribute("folder", folder).addAttribute("rows", rows).addAttribute("classes", PhotoClasses.ALL);
		model.addAttribute("problems", problems).addAttribute("errors", FormErrors.byField(problems));
		model.addAttribute("texts", TEXTS);
		return "document/photos";
	}
}
