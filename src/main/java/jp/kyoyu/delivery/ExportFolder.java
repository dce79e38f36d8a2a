package jp.kyoyu.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * A folder with its sub-folders and documents, in Kyoyu's order.
 *
 * @param code the template key of the folder or of its nearest template ancestor (e.g. {@code MEET}), which
 *        survives renaming; {@literal null} for folders users made at the top. Deliverable profiles match it.
 */
public record ExportFolder(long id, String name, String code, List<ExportFolder> children,
		List<ExportDocument> documents) {

	public ExportFolder {
		children = List.copyOf(children);
		documents = List.copyOf(documents);
	}

	void eachDocument(List<String> parentPath, ExportTree.DocumentVisitor visitor) {
		List<String> path = new ArrayList<>(parentPath);
		path.add(name);
		List<String> fixed = List.copyOf(path);
		for (ExportDocument document : documents) {
			visitor.visit(fixed, document);
		}
		for (ExportFolder child : children) {
			child.eachDocument(fixed, visitor);
		}
	}
}
