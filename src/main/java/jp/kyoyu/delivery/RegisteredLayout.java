package jp.kyoyu.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kyoyu's own layout (C6.1, S6.1): the folders as shown, each document's file directly in its folder, or
 * several files of one document together in a sub-folder named after the document, in their stored order.
 * Also the {@code files/} part of the inspection package, which needs to know where each file ended up.
 */
final class RegisteredLayout {

	/** Where each file of a document was written, relative to the layout's root. */
	record Placed(List<String> folderPath, ExportDocument document, List<String> filePaths) {
	}

	private final Map<String, EntryNames> namesByDirectory = new HashMap<>();

	/** Decides every entry name before anything is written, so the result never depends on timing. */
	List<Placed> plan(ExportTree tree, String root) {
		List<Placed> placed = new ArrayList<>();
		for (ExportFolder folder : tree.folders()) {
			planFolder(folder, root, List.of(), placed);
		}
		return placed;
	}

	private void planFolder(ExportFolder folder, String parentDir, List<String> parentNames, List<Placed> placed) {
		String dir = join(parentDir, names(parentDir).next(folder.name()));
		List<String> folderPath = new ArrayList<>(parentNames);
		folderPath.add(folder.name());
		namesByDirectory.putIfAbsent(dir, new EntryNames());
		for (ExportDocument document : folder.documents()) {
			String fileDir = document.files().size() > 1 ? join(dir, names(dir).next(document.title())) : dir;
			List<String> filePaths = new ArrayList<>();
			for (ExportFile file : document.files()) {
				String path = join(fileDir, names(fileDir).next(file.name()));
				filePaths.add(path);
			}
			placed.add(new Placed(List.copyOf(folderPath), document, filePaths));
		}
		for (ExportFolder child : folder.children()) {
			planFolder(child, dir, folderPath, placed);
		}
	}

	/** Writes the planned folders and files (empty folders too: the structure is part of what is kept). */
	void write(List<Placed> placed, ExportSink sink, Progress progress) throws IOException {
		for (String dir : namesByDirectory.keySet().stream().filter(dir -> !dir.isEmpty()).sorted().toList()) {
			sink.directory(dir);
		}
		for (Placed item : placed) {
			for (int i = 0; i < item.document().files().size(); i++) {
				copy(item.document().files().get(i), item.filePaths().get(i), sink, progress);
			}
		}
	}

	static void copy(ExportFile file, String path, ExportSink sink, Progress progress) throws IOException {
		byte[] buffer = new byte[256 * 1024];
		try (InputStream in = file.content().open(); OutputStream out = sink.file(path, file.size())) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				out.write(buffer, 0, read);
				progress.add(read);
			}
		}
	}

	private EntryNames names(String dir) {
		return namesByDirectory.computeIfAbsent(dir, key -> new EntryNames());
	}

	static String join(String dir, String name) {
		return dir.isEmpty() ? name : dir + "/" + name;
	}
}
