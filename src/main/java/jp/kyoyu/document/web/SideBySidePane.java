package jp.kyoyu.document.web;

import java.util.List;
import java.util.Optional;

import jp.kyoyu.document.DocumentFile;
import jp.kyoyu.document.DocumentView;

/**
 * One pane of the side-by-side view (本文5(4)): a file of a document, named by {@code <documentId>-<fileId>} in the
 * page's address so a link or a bookmark opens the same two files again.
 */
record SideBySidePane(String ref, DocumentView document, DocumentFile file) {

	/** PDF and images are shown in the pane (the inline answer, framable by Kyoyu's pages only); the rest downloads. */
	public boolean shownInline() {
		String type = file.contentType() == null ? "" : file.contentType();
		return type.equals("application/pdf") || type.startsWith("image/");
	}

	public String url() {
		return "/api/v1/documents/" + document.id() + "/files/" + file.id() + (shownInline() ? "?inline=true" : "");
	}

	public String downloadUrl() {
		return "/api/v1/documents/" + document.id() + "/files/" + file.id();
	}

	public String label() {
		return document.title() + " / " + file.name();
	}

	static String ref(DocumentView document, DocumentFile file) {
		return document.id() + "-" + file.id();
	}

	/** Every file of the documents, in list order: the choices of each pane's chooser. */
	static List<SideBySidePane> choices(List<DocumentView> documents) {
		return documents.stream()
			.flatMap(d -> d.files().stream().map(f -> new SideBySidePane(ref(d, f), d, f)))
			.toList();
	}

	/** {@code documentId-fileId} split; empty for anything else (a typed address is not trusted). */
	static Optional<long[]> parse(String ref) {
		if (ref == null || !ref.matches("[0-9]{1,18}-[0-9]{1,18}")) {
			return Optional.empty();
		}
		String[] parts = ref.split("-");
		return Optional.of(new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) });
	}
}
