package jp.kyoyu.delivery;

import java.util.ArrayList;
import java.util.List;

import jp.kyoyu.delivery.DeliverableValues.PlacedDocument;
import jp.kyoyu.delivery.DeliverableValues.PlacedFile;
import jp.kyoyu.delivery.DeliveryProfile.Element;
import jp.kyoyu.delivery.DeliveryProfile.FolderRule;
import jp.kyoyu.delivery.ExportProblem.Kind;
import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.shared.Wording;

/**
 * The export page's pre-check of elements marked {@code warn-if-empty} (e.g. PHOTO.XML's 写真区分): each empty
 * value is a {@link Kind#NOTE} naming the Kyoyu file, shown before an export and never refusing it. Whether those
 * elements are mandatory is not confirmed (docs/deliverable.md); an operator who learns they are changes
 * {@code warn-if-empty} to {@code required} in the profile and the checker then refuses.
 */
final class UnenteredValues {

	private UnenteredValues() {
	}

	static List<ExportProblem> of(DeliveryProfile profile, ProjectDetails project, ExportTree tree) {
		List<ExportProblem> notes = new ArrayList<>();
		DeliverableValues values = new DeliverableValues(profile, project);
		new DeliverableLayout(profile, new ArrayList<>()).place(tree).forEach((rule, documents) -> {
			List<Element> watched = watched(rule);
			for (PlacedDocument document : documents) {
				for (PlacedFile file : document.files()) {
					for (Element element : watched) {
						String value = values.resolve(element.value(), document, file);
						if (value == null || value.isBlank()) {
							notes.add(new ExportProblem(Kind.NOTE, document.kyoyuFolder() + "/" + file.file().name(),
									Wording.japanese("delivery.check.unentered",
											values.owner(element.value(), element.name(), document, file),
											values.fillIn(element.value()))));
						}
					}
				}
			}
		});
		return notes;
	}

	private static List<Element> watched(FolderRule rule) {
		List<Element> found = new ArrayList<>();
		if (rule.management() != null) {
			collect(rule.management().elements(), found);
		}
		return found;
	}

	private static void collect(List<Element> elements, List<Element> found) {
		for (Element element : elements) {
			if (element.warnIfEmpty() && element.value() != null) {
				found.add(element);
			}
			collect(element.children(), found);
		}
	}
}
