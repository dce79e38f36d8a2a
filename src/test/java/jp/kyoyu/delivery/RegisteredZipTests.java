package jp.kyoyu.delivery;

import static jp.kyoyu.delivery.Trees.document;
import static jp.kyoyu.delivery.Trees.file;
import static jp.kyoyu.delivery.Trees.folder;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ZIP keeps Kyoyu's folders and names: round trip of names, bytes and SHA-256, and the UTF-8 flag. */
class RegisteredZipTests {

	@TempDir
	Path dir;

	@Test
	void japaneseNamesBytesAndFoldersSurviveTheRoundTrip() throws Exception {
		byte[] binary = new byte[300_000];
		new java.util.Random(7).nextBytes(binary);
		ExportTree tree = new ExportTree(List.of(
				folder(1, "打合せ簿", List.of(folder(2, "協議", List.of(), document(10, "床掘り協議", file("協議書.pdf", binary))),
						folder(3, "空のフォルダ", List.of())),
						document(11, "材料承諾", file("材料承諾願.pdf", "%PDF 材料"), file("カタログ.pdf", "%PDF カタログ")),
						document(12, "写真", file("報告書.pdf", "一つ目")), document(13, "写真2", file("報告書.pdf", "二つ目")),
						document(14, "大文字", file("REPORT.PDF", "三つ目")), document(15, "小文字", file("report.pdf", "四つ目"))),
				folder(4, "その他: 雑*", List.of(), document(16, "予約名", file("CON.txt", "device")))));

		Path zip = dir.resolve("out.zip");
		RegisteredLayout layout = new RegisteredLayout();
		try (ZipSink sink = new ZipSink(zip)) {
			layout.write(layout.plan(tree, ""), sink, Progress.NONE);
		}

		Map<String, String> hashes = new LinkedHashMap<>();
		List<String> directories = new ArrayList<>();
		try (ZipFile read = new ZipFile(zip.toFile())) {
			for (ZipEntry entry : Collections.list(read.entries())) {
				if (entry.isDirectory()) {
					directories.add(entry.getName());
					continue;
				}
				try (InputStream in = read.getInputStream(entry)) {
					hashes.put(entry.getName(), Trees.sha256(in.readAllBytes()));
				}
			}
		}
		assertThat(hashes).containsEntry("打合せ簿/協議/協議書.pdf", Trees.sha256(binary))
			.containsEntry("打合せ簿/材料承諾/材料承諾願.pdf", Trees.sha256("%PDF 材料".getBytes()))
			.containsEntry("打合せ簿/材料承諾/カタログ.pdf", Trees.sha256("%PDF カタログ".getBytes()))
			.containsEntry("打合せ簿/報告書.pdf", Trees.sha256("一つ目".getBytes()))
			.containsEntry("打合せ簿/報告書 (2).pdf", Trees.sha256("二つ目".getBytes()))
			.containsEntry("打合せ簿/REPORT.PDF", Trees.sha256("三つ目".getBytes()))
			.containsEntry("打合せ簿/report (2).pdf", Trees.sha256("四つ目".getBytes()))
			.containsEntry("その他_ 雑_/_CON.txt", Trees.sha256("device".getBytes()))
			.hasSize(8);
		assertThat(directories).contains("打合せ簿/", "打合せ簿/協議/", "打合せ簿/空のフォルダ/", "打合せ簿/材料承諾/");
		assertThat(flagsOfEveryLocalHeader(zip)).isNotEmpty().allMatch(flags -> (flags & 0x0800) != 0);
	}

	@Test
	void moreThan65535EntriesUseZip64() throws Exception {
		List<ExportDocument> documents = new ArrayList<>();
		for (int i = 0; i < 70_000; i++) {
			documents.add(document(i, "d" + i, file("f" + i + ".txt", "x")));
		}
		ExportTree tree = new ExportTree(List.of(new ExportFolder(1, "多数", null, List.of(), documents)));
		Path zip = dir.resolve("many.zip");
		RegisteredLayout layout = new RegisteredLayout();
		try (ZipSink sink = new ZipSink(zip)) {
			layout.write(layout.plan(tree, ""), sink, Progress.NONE);
		}
		try (ZipFile read = new ZipFile(zip.toFile())) {
			assertThat(read.size()).isEqualTo(70_001);
			assertThat(read.getEntry("多数/f69999.txt").getSize()).isEqualTo(1);
		}
	}

	/** The general-purpose flags of every local file header, read from the raw bytes. */
	static List<Integer> flagsOfEveryLocalHeader(Path zip) throws Exception {
		List<Integer> flags = new ArrayList<>();
		byte[] bytes = Files.readAllBytes(zip);
		for (int i = 0; i + 8 < bytes.length; i++) {
			if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4) {
				flags.add((bytes[i + 6] & 0xff) | (bytes[i + 7] & 0xff) << 8);
			}
		}
		return flags;
	}
}
