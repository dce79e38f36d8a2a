package jp.kyoyu.delivery;

import static jp.kyoyu.delivery.Trees.file;
import static jp.kyoyu.delivery.Trees.folder;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import jp.kyoyu.delivery.ExportProblem.Kind;
import jp.kyoyu.project.ProjectKind;

/**
 * PHOTO.XML from the photos' metadata (issue #20): 写真区分, 工種/種別/細別, 写真タイトル, 撮影年月日, 代表写真 and
 * 提出頻度写真 in the elements and order of PHOTO05.DTD, valid against it; a photo without 写真区分 is warned about
 * before the export and does not refuse it.
 */
class PhotoXmlTests {

	@TempDir
	Path dir;

	final DeliveryProfiles profiles = new DeliveryProfiles(new DeliverySettings(Path.of("none"), null, null, Duration.ofDays(7)));

	static ExportDocument photo(long id, String title, ExportPhoto metadata, ExportFile file) {
		return new ExportDocument(id, title, "写真", LocalDate.of(2026, 6, 1), "現場 太郎", "登録済み", List.of(),
				List.of(file), metadata);
	}

	static ExportTree twoPhotos() {
		ExportPhoto entered = new ExportPhoto("施工状況写真", "土工", "掘削工", "床掘り", "床掘り 完了", true, true,
				LocalDate.of(2026, 5, 20));
		ExportPhoto bare = new ExportPhoto(null, null, null, null, null, false, false, null);
		return new ExportTree(List.of(folder(4, "写真", List.of(),
				photo(1, "床掘り状況", entered, file("床掘り.jpg", "jpeg 1")),
				photo(2, "全景", bare, file("全景.JPG", "jpeg 2")))));
	}

	@Test
	void photoXmlCarriesEachPhotosMetadataInTheDtdsOrder() throws Exception {
		Deliverable deliverable = Deliverable.prepare(profiles.forKind(ProjectKind.WORKS), profiles,
				DeliverableTests.works("南幌地区 用水路改修工事", "12345"), twoPhotos());
		assertThat(deliverable.problems()).as("a missing 写真区分 does not refuse the export").isEmpty();
		Map<String, byte[]> entries = write(deliverable);

		Document xml = DeliverableTests.validate("PHOTO/PHOTO.XML", entries);
		NodeList photos = xml.getElementsByTagName("写真情報");
		assertThat(photos.getLength()).isEqualTo(2);
		Element first = (Element) photos.item(0);
		assertThat(text(first, "写真ファイル名")).isEqualTo("P0000001.JPG");
		assertThat(text(first, "写真-大分類")).isEqualTo("工事");
		assertThat(text(first, "写真区分")).isEqualTo("施工状況写真");
		assertThat(text(first, "工種") + "/" + text(first, "種別") + "/" + text(first, "細別")).isEqualTo("土工/掘削工/床掘り");
		assertThat(text(first, "写真タイトル")).isEqualTo("床掘り 完了");
		assertThat(text(first, "撮影年月日")).isEqualTo("2026-05-20");
		assertThat(text(first, "代表写真")).isEqualTo("1");
		assertThat(text(first, "提出頻度写真")).isEqualTo("1");
		assertThat(children(first)).containsExactly("写真ファイル情報", "撮影工種区分", "撮影情報", "代表写真", "提出頻度写真");
		assertThat(children((Element) first.getElementsByTagName("撮影工種区分").item(0)))
			.containsExactly("写真-大分類", "写真区分", "工種", "種別", "細別", "写真タイトル");

		Element second = (Element) photos.item(1);
		assertThat(second.getElementsByTagName("写真区分").getLength()).as("empty: left out (写真区分? in the DTD)").isZero();
		assertThat(text(second, "写真タイトル")).as("the document's title stands in").isEqualTo("全景");
		assertThat(text(second, "撮影年月日")).as("the document's date stands in").isEqualTo("2026-06-01");
		assertThat(text(second, "代表写真") + text(second, "提出頻度写真")).isEqualTo("00");
	}

	@Test
	void aPhotoWithoutPhotoClassIsWarnedAboutBeforeTheExportNamingTheFile() {
		List<ExportProblem> notes = UnenteredValues.of(profiles.forKind(ProjectKind.WORKS),
				DeliverableTests.works("南幌地区 用水路改修工事", "12345"), twoPhotos());
		assertThat(notes).singleElement().satisfies(note -> {
			assertThat(note.kind()).isEqualTo(Kind.NOTE);
			assertThat(note.location()).isEqualTo("写真/全景.JPG");
			assertThat(note.message()).contains("書類「全景」（写真）の写真区分が入力されていません").contains("写真情報の一括編集");
		});
		assertThat(UnenteredValues.of(profiles.forKind(ProjectKind.SERVICE),
				DeliverableTests.project(ProjectKind.SERVICE, "測量設計業務", "12345"), twoPhotos()))
			.as("services: 写真区分 is needed only for 大分類 工事").isEmpty();
	}

	/**
	 * The profile's switch is enforced: an operator who learns that 写真区分 is mandatory changes
	 * {@code optional, warn-if-empty} to {@code required} in an own profile file, and the same photos then refuse
	 * the export, naming the document.
	 */
	@Test
	void aProfileThatRequiresPhotoClassRefusesTheExport() throws Exception {
		String bundled;
		try (InputStream in = getClass().getResourceAsStream("/delivery/profiles/works.yaml")) {
			bundled = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		String shipped = "{name: 写真区分, value: \"photo:class\", optional: true, warn-if-empty: true}";
		assertThat(bundled).as("the shipped setting this test changes").contains(shipped);
		Path own = java.nio.file.Files.createDirectories(dir.resolve("profiles"));
		java.nio.file.Files.writeString(own.resolve("works.yaml"),
				bundled.replace(shipped, "{name: 写真区分, value: \"photo:class\", required: true}"));
		DeliveryProfiles corrected = new DeliveryProfiles(new DeliverySettings(Path.of("none"), null, own, Duration.ofDays(7)));

		Deliverable deliverable = Deliverable.prepare(corrected.forKind(ProjectKind.WORKS), corrected,
				DeliverableTests.works("南幌地区 用水路改修工事", "12345"), twoPhotos());

		assertThat(deliverable.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.kind()).isEqualTo(Kind.MISSING_REQUIRED);
			assertThat(problem.location()).contains("PHOTO.XML").contains("写真区分");
			assertThat(problem.message()).contains("全景");
		});
	}

	private Map<String, byte[]> write(Deliverable deliverable) throws Exception {
		return DeliverableTests.written(deliverable, dir.resolve("photos.zip"));
	}

	private static String text(Element parent, String name) {
		return parent.getElementsByTagName(name).item(0).getTextContent();
	}

	private static List<String> children(Element parent) {
		List<String> names = new java.util.ArrayList<>();
		for (int i = 0; i < parent.getChildNodes().getLength(); i++) {
			if (parent.getChildNodes().item(i) instanceof Element child) {
				names.add(child.getTagName());
			}
		}
		return names;
	}
}
