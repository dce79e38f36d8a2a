package jp.kyoyu.delivery;

import java.util.List;

/** The folders and documents to export, in the order Kyoyu shows them. */
public record ExportTree(List<ExportFolder> folders) {

	public ExportTree {
		folders = List.copyOf(folders);
	}

	/** Visits every document with its folder path (names from the top folder down). */
	public void eachDocument(DocumentVisitor visitor) {
		for (ExportFolder folder : folders) {
			folder.eachDocument(List.of(), visitor);
		}
	}

	public long totalBytes() {
		long[] total = { 0 };
		eachDocument((path, document) -> document.files().forEach(file -> total[0] += file.size()));
		return total[0];
	}

	public int documentCount() {
		int[] count = { 0 };
		eachDocument((path, document) -> count[0]++);
		return count[0];
	}

	/** Called with the folder names leading to the document and the document. */
	public interface DocumentVisitor {

		void visit(List<String> folderPath, ExportDocument document);
	}
}
