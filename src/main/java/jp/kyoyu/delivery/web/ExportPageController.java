package jp.kyoyu.delivery.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jp.kyoyu.delivery.DeliveryManagement;
import jp.kyoyu.delivery.ExportDestination;
import jp.kyoyu.delivery.ExportKind;
import jp.kyoyu.delivery.ExportRequest;
import jp.kyoyu.delivery.ExportView;
import jp.kyoyu.document.DocumentManagement;
import jp.kyoyu.document.FolderView;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.FormErrors;

/** The project's export page: choose what and which folders, start, follow, download, see the checker's list. */
@Controller
class ExportPageController {

	private final DeliveryManagement delivery;

	private final ProjectManagement projects;

	private final DocumentManagement documents;

	ExportPageController(DeliveryManagement delivery, ProjectManagement projects, DocumentManagement documents) {
		this.delivery = delivery;
		this.projects = projects;
		this.documents = documents;
	}

	/** What the form sends; {@code kind} and {@code destination} as enum names. */
	public record ExportForm(String kind, List<Long> folderIds, String destination, String overrideReason,
			Boolean override) {

		public ExportForm {
			folderIds = folderIds == null ? List.of() : folderIds.stream().filter(Objects::nonNull).toList();
			// an unticked check box sends nothing
			override = Boolean.TRUE.equals(override);
		}

		static ExportForm empty() {
			return new ExportForm("ZIP", List.of(), "DOWNLOAD", null, false);
		}
	}

	/** A folder with its depth, for the indented check list. */
	public record FolderChoice(long id, String name, int depth) {
	}

	@GetMapping("/projects/{projectId}/exports")
	String page(@PathVariable long projectId, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		return show(projectId, ExportForm.empty(), List.of(), user, model);
	}

	@PostMapping("/projects/{projectId}/exports")
	String start(@PathVariable long projectId, @ModelAttribute ExportForm form,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		List<FieldProblem> problems = new ArrayList<>();
		ExportKind kind = parse(ExportKind.class, form.kind());
		if (kind == null) {
			problems.add(new FieldProblem("kind", Wording.of("delivery.form.kind-missing")));
		}
		ExportDestination destination = parse(ExportDestination.class, form.destination());
		if (form.override() && (form.overrideReason() == null || form.overrideReason().isBlank())) {
			problems.add(new FieldProblem("overrideReason", Wording.of("delivery.form.override-reason-missing")));
		}
		if (!problems.isEmpty()) {
			return show(projectId, form, problems, user, model);
		}
		try {
			long id = delivery.start(projectId, new ExportRequest(kind, form.folderIds(), destination,
					form.override() ? form.overrideReason() : null), user.userId());
			return "redirect:/projects/" + projectId + "/exports/" + id;
		}
		catch (InvalidInputException e) {
			return show(projectId, form, e.problems(), user, model);
		}
	}

	@GetMapping("/projects/{projectId}/exports/{exportId}")
	String export(@PathVariable long projectId, @PathVariable long exportId,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		ExportView view = delivery.view(exportId, user.userId());
		if (view.projectId() != projectId) {
			throw new jp.kyoyu.shared.NotFoundException(Wording.of("delivery.export.not-found-short"));
		}
		model.addAttribute("project", projects.get(projectId, user.userId()));
		model.addAttribute("export", view);
		model.addAttribute("errors", FormErrors.byField(List.of()));
		return "delivery/export";
	}

	private String show(long projectId, ExportForm form, List<FieldProblem> problems, KyoyuPrincipal user, Model model) {
		model.addAttribute("project", projects.get(projectId, user.userId()));
		model.addAttribute("exports", delivery.recent(projectId, user.userId()));
		model.addAttribute("folders", choices(documents.folders(projectId, user.userId())));
		model.addAttribute("leftOut", delivery.leftOutOfDeliverable(projectId, user.userId()));
		model.addAttribute("unentered", delivery.unenteredInDeliverable(projectId, user.userId()));
		model.addAttribute("form", form);
		model.addAttribute("mediaConfigured", delivery.mediaDirectoryConfigured());
		model.addAttribute("errors", FormErrors.byField(problems));
		return "delivery/exports";
	}

	private static List<FolderChoice> choices(List<FolderView> folders) {
		List<FolderChoice> out = new ArrayList<>();
		add(folders, null, 0, out);
		return out;
	}

	private static void add(List<FolderView> folders, Long parent, int depth, List<FolderChoice> out) {
		folders.stream()
			.filter(folder -> Objects.equals(folder.parentId(), parent))
			.sorted(java.util.Comparator.comparingInt(FolderView::position))
			.forEach(folder -> {
				out.add(new FolderChoice(folder.id(), folder.name(), depth));
				add(folders, folder.id(), depth + 1, out);
			});
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		for (E candidate : type.getEnumConstants()) {
			if (candidate.name().equals(value)) {
				return candidate;
			}
		}
		return null;
	}
}
