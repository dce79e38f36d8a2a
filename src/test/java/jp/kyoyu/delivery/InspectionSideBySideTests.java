package jp.kyoyu.delivery;

import static jp.kyoyu.delivery.Trees.document;
import static jp.kyoyu.delivery.Trees.file;
import static jp.kyoyu.delivery.Trees.folder;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline inspection package's 並べて表示 (本文5(4)), read from the ZIP as handed over: a static page with the
 * folder tree, the search and two panes, linked from the index, fed by the same data, referring only to files
 * inside the package.
 */
class InspectionSideBySideTests {

	@TempDir
	Path dir;

	@Test
	void theZipHoldsATwoPanePageWithTheTreeAndTheSearch() throws Exception {
		ExportTree tree = new ExportTree(List.of(folder(1, "施工計画", List.of(),
				document(1, "施工計画書", file("施工計画書.pdf", "%PDF-1.4 計画")),
				document(2, "数量表", file("数量表.xlsx", "数量")))));
		Path zip = dir.resolve("inspection.zip");
		try (ZipSink sink = new ZipSink(zip)) {
			InspectionPackage.write("南幌地区 用水路改修工事", tree, sink,
					Clock.fixed(Instant.parse("2027-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo")), Progress.NONE);
		}
		Map<String, String> entries = texts(zip);

		assertThat(entries.get("index.html")).contains("href=\"side-by-side.html\"");
		String page = entries.get("side-by-side.html");
		assertThat(page).contains("id=\"tree\"", "id=\"search\"", "id=\"pane-left\"", "id=\"pane-right\"",
				"id=\"choose-left\"", "id=\"choose-right\"", "src=\"assets/data.js\"", "src=\"assets/tree.js\"", "src=\"assets/side-by-side.js\"")
			.doesNotContain("http://", "https://");
		String script = entries.get("assets/side-by-side.js");
		assertThat(script).contains("KYOYU_INSPECTION", "iframe", "pane-").doesNotContain("fetch(", "innerHTML");
		// the tree and the search are the index page's own (one file for both pages)
		assertThat(entries.get("assets/tree.js")).contains("KyoyuInspectionTree", "details").doesNotContain("fetch(", "innerHTML");
		assertThat(entries.get("index.html")).contains("src=\"assets/tree.js\"");
		assertThat(entries.get("assets/data.js")).contains("files/").contains(".pdf");
		assertThat(entries).containsKeys("assets/style.css");
	}

	private static Map<String, String> texts(Path zip) throws Exception {
		Map<String, String> entries = new HashMap<>();
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entriesIn = new ZipInputStream(in)) {
			for (ZipEntry entry; (entry = entriesIn.getNextEntry()) != null;) {
				entries.put(entry.getName(), new String(entriesIn.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}
}
