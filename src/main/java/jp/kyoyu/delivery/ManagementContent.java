package jp.kyoyu.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.kyoyu.delivery.DeliverableValues.PlacedDocument;
import jp.kyoyu.delivery.DeliverableValues.PlacedFile;
import jp.kyoyu.delivery.DeliveryProfile.Element;
import jp.kyoyu.delivery.ExportProblem.Kind;
import jp.kyoyu.shared.Wording;

/**
 * Fills a management file's elements from the profile's mapping, and reports on the way every required value
 * that is empty and every character outside the rules (deliverables.md §1.5), naming where to fix it.
 */
final class ManagementContent {

	private final DeliverableValues values;

	private final Set<String> presentFolders;

	private final List<ExportProblem> problems;

	ManagementContent(DeliverableValues values, Set<String> presentFolders, List<ExportProblem> problems) {
		this.values = values;
		this.presentFolders = presentFolders;
		this.problems = problems;
	}

	XmlNode build(String file, List<Element> elements, List<PlacedDocument> documents) {
		return XmlNode.group("root", children(file, "", elements, documents, null, null, null));
	}

	/**
	 * {@code line} is the current line of a basic-info list ({@code each: project:<item>}, e.g. one
	 * 工種-工法型式 pair), read by the {@code line:} values.
	 */
	private List<XmlNode> children(String file, String path, List<Element> elements, List<PlacedDocument> documents,
			PlacedDocument doc, PlacedFile placedFile, String line) {
		List<XmlNode> nodes = new ArrayList<>();
		for (Element element : elements) {
			if (element.ifFolder() != null && !presentFolders.contains(element.ifFolder())) {
				continue;
			}
			if ("document".equals(element.each())) {
				documents.forEach(each -> node(file, path, element, documents, each, null, null, nodes));
			}
			else if ("file".equals(element.each())) {
				for (PlacedDocument owner : doc != null ? List.of(doc) : documents) {
					owner.files().forEach(each -> node(file, path, element, documents, owner, each, null, nodes));
				}
			}
			else if (element.each() != null && element.each().startsWith("project:")) {
				values.projectLines(element.each().substring(8))
					.forEach(each -> node(file, path, element, documents, doc, placedFile, each, nodes));
			}
			else {
				node(file, path, element, documents, doc, placedFile, line, nodes);
			}
		}
		return nodes;
	}

	private void node(String file, String parentPath, Element element, List<PlacedDocument> documents,
			PlacedDocument doc, PlacedFile placedFile, String line, List<XmlNode> into) {
		String path = parentPath.isEmpty() ? element.name() : parentPath + "/" + element.name();
		if (!element.children().isEmpty()) {
			into.add(XmlNode.group(element.name(),
					children(file, path, element.children(), documents, doc, placedFile, line)));
			return;
		}
		String expression = element.value() == null ? "const:" : element.value();
		String raw = expression.startsWith("line:") ? DeliverableValues.linePart(expression, line)
				: values.resolve(expression, doc, placedFile);
		String text = raw == null ? "" : JisText.normalize(raw);
		String location = file + " " + path;
		if (text.isEmpty()) {
			if (element.required()) {
				problems.add(new ExportProblem(Kind.MISSING_REQUIRED, location,
						Wording.japanese("delivery.check.missing-value",
								values.owner(expression, element.name(), doc, placedFile), values.fillIn(expression))));
			}
			if (element.optional()) {
				return;
			}
		}
		JisText.problem(text).ifPresent(problem -> problems.add(new ExportProblem(Kind.BAD_CHARACTER, location,
				Wording.japanese("delivery.check.bad-character",
				values.owner(expression, element.name(), doc, placedFile), problem))));
		into.add(XmlNode.leaf(element.name(), text));
	}
}
