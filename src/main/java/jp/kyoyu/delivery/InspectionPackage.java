package jp.kyoyu.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriUtils;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The offline inspection package (G-7): {@code index.html} with the folder tree, each document's approval
 * record, files opening in new tabs and a title search, working from {@code file://} with no server. The data
 * is a script ({@code assets/data.js}) because browsers refuse {@code fetch()} on {@code file://}; it is
 * ASCII-only JSON, so it reads right whatever encoding the browser guesses. Every link is relative.
 * {@code side-by-side.html} shows two files in one window with the tree and search beside them (本文5(4)).
 */
final class InspectionPackage {

	private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

	private InspectionPackage() {
	}

	static void write(String projectName, ExportTree tree, ExportSink sink, Clock clock, Progress progress)
			throws IOException {
		RegisteredLayout layout = new RegisteredLayout();
		List<RegisteredLayout.Placed> placed = layout.plan(tree, "files");
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("project", projectName);
		data.put("generatedAt", STAMP.format(clock.instant().atZone(clock.getZone())));
		data.put("documentCount", placed.size());
		Iterator<RegisteredLayout.Placed> order = placed.iterator();
		List<Object> folders = new ArrayList<>();
		for (ExportFolder folder : tree.folders()) {
			folders.add(folder(folder, order));
		}
		data.put("folders", folders);

		sink.bytes("index.html", resource("index.html"));
		sink.bytes("assets/style.css", resource("style.css"));
		sink.bytes("assets/tree.js", resource("tree.js"));
		sink.bytes("assets/app.js", resource("app.js"));
		// 本文5(4): two documents side by side in one window, from the same data, still with no server.
		sink.bytes("side-by-side.html", resource("side-by-side.html"));
		sink.bytes("assets/side-by-side.js", resource("side-by-side.js"));
		sink.bytes("assets/data.js", ("window.KYOYU_INSPECTION = " + JSON.writeValueAsString(data) + ";\n")
			.getBytes(StandardCharsets.US_ASCII));
		layout.write(placed, sink, progress);
	}

	/** Walks the tree in the layout's order (documents of a folder, then its sub-folders). */
	private static Map<String, Object> folder(ExportFolder folder, Iterator<RegisteredLayout.Placed> order) {
		List<Object> documents = new ArrayList<>();
		for (int i = 0; i < folder.documents().size(); i++) {
			documents.add(document(order.next()));
		}
		List<Object> children = new ArrayList<>();
		for (ExportFolder child : folder.children()) {
			children.add(folder(child, order));
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", folder.name());
		json.put("folders", children);
		json.put("documents", documents);
		return json;
	}

	private static Map<String, Object> document(RegisteredLayout.Placed placed) {
		ExportDocument document = placed.document();
		List<Object> files = new ArrayList<>();
		for (int i = 0; i < document.files().size(); i++) {
			ExportFile file = document.files().get(i);
			files.add(Map.of("name", file.name(), "href", href(placed.filePaths().get(i)), "size", file.size()));
		}
		List<Object> approvals = new ArrayList<>();
		for (ExportApproval approval : document.approvals()) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("step", approval.step());
			line.put("name", approval.name());
			line.put("action", approval.action());
			line.put("date", approval.at() == null ? null : STAMP.format(approval.at()));
			line.put("proxyFor", approval.proxyFor());
			line.put("comment", approval.comment());
			approvals.add(line);
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("title", document.title());
		json.put("category", document.category());
		json.put("date", document.date() == null ? null : document.date().toString());
		json.put("author", document.author());
		json.put("status", document.status());
		json.put("approvals", approvals);
		json.put("files", files);
		return json;
	}

	/** A relative URL: each segment percent-encoded, so #, ? and % in names cannot break the link. */
	static String href(String path) {
		List<String> segments = new ArrayList<>();
		for (String segment : path.split("/")) {
			segments.add(UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8));
		}
		return String.join("/", segments);
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = InspectionPackage.class.getResourceAsStream("/delivery/inspection/" + name)) {
			return in.readAllBytes();
		}
	}
}
