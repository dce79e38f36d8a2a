package jp.kyoyu.delivery;

import static jp.kyoyu.delivery.Trees.document;
import static jp.kyoyu.delivery.Trees.file;
import static jp.kyoyu.delivery.Trees.folder;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import jp.kyoyu.delivery.ExportProblem.Kind;
import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.project.ProjectKind;

/**
 * The electronic deliverable: layout per profile, Shift_JIS management files valid against the DTDs the profile
 * names (checked by an independent validating parse of the written ZIP), 8.3 names with the originals kept, and
 * the checker finding each class of violation.
 */
class DeliverableTests {

	static final Charset SJIS = Charset.forName("Shift_JIS");

	@TempDir
	Path dir;

	final DeliveryProfiles profiles = new DeliveryProfiles(new DeliverySettings(Path.of("none"), null, null, Duration.ofDays(7)));

	static ProjectDetails works(String name, String agencyCode) {
		return project(ProjectKind.WORKS, name, agencyCode);
	}

	static ProjectDetails project(ProjectKind kind, String name, String agencyCode) {
		return new ProjectDetails(1, kind, 2026, "R8-農-0012", name, "農業土木", kind == ProjectKind.WORKS ? "土木一式工事" : null,
				LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 15), "用水路 L=320m の改修", "北海道空知郡南幌町",
				"1413000", "1414000", "430500", "430000", "農林水産省", "北海道開発局", "札幌開発建設部",
				"札幌開発建設部 岩見沢農業事務所", agencyCode, "共有建設株式会社", "0012345678", "1234567890",
				"014231", kind == ProjectKind.WORKS ? "農業土木／用排水路工\n農業土木／仮設工" : null,
				"石狩川水系 夕張川", Instant.now(), Instant.now(), List.of(), 0);
	}

	static ExportTree worksTree() {
		return new ExportTree(List.of(
				folder(1, "施工計画", List.of(), document(1, "施工計画書（当初）", file("施工計画書.pdf", "%PDF plan"))),
				folder(2, "打合せ簿", List.of(folder(3, "協議", List.of(),
						document(2, "床掘り深さの協議", file("協議書.pdf", "%PDF meet"), file("図面.dwg", "dwg")))),
						document(3, "材料承諾", file("材料承諾願.pdf", "%PDF material"))),
				folder(4, "写真", List.of(), document(4, "着手前", file("着手前.jpeg", "jpeg"), file("全景.JPG", "jpg"))),
				folder(5, "協議メモ", List.of(), document(5, "打合せメモ", file("メモ.txt", "memo")))));
	}

	@Test
	void worksDeliverableIsShiftJisValidAgainstItsDtdsWithUpperCaseShortNames() throws Exception {
		DeliveryProfile profile = profiles.forKind(ProjectKind.WORKS);
		Deliverable deliverable = Deliverable.prepare(profile, profiles, works("南幌地区 用水路改修工事", "12345"), worksTree());
		assertThat(deliverable.problems()).isEmpty();

		Map<String, byte[]> entries = written(deliverable, dir.resolve("deliverable.zip"));
		List<String> names = new ArrayList<>(entries.keySet());
		assertThat(names).contains("INDEX_C.XML", "INDE_C05.DTD", "PLAN/PLAN.XML", "PLAN/PLAN03.DTD", "PLAN/ORG/P0001001.PDF",
				"MEET/MEET.XML", "MEET/MEET05.DTD", "MEET/ORG/M0001001.PDF", "MEET/ORG/M0002002.DWG", "MEET/ORG/M0002001.PDF",
				"PHOTO/PHOTO.XML", "PHOTO/PHOTO05.DTD", "PHOTO/PIC/P0000001.JPG", "PHOTO/PIC/P0000002.JPG", "REGISTER/",
				"OTHRS/OTHRS.XML", "OTHRS/ORG001/O0001001.TXT");
		names.stream().filter(name -> !name.endsWith("/"))
			.forEach(name -> assertThat(name.substring(name.lastIndexOf('/') + 1)).matches("[A-Z0-9_]{1,8}\\.[A-Z0-9]{1,3}"));
		assertThat(new String(entries.get("MEET/ORG/M0002002.DWG"))).isEqualTo("dwg");

		byte[] index = entries.get("INDEX_C.XML");
		assertThat(new String(index, 0, 44, SJIS)).startsWith("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>");
		assertThat(new String(index, SJIS)).contains("<!DOCTYPE constdata SYSTEM \"INDE_C05.DTD\">")
			.contains("<工事名称>南幌地区 用水路改修工事</工事名称>").contains("<台帳フォルダ名>REGISTER</台帳フォルダ名>")
			.contains("<打合せ簿フォルダ名>MEET</打合せ簿フォルダ名>").contains("<発注者コード>12345</発注者コード>");
		// issue #20: 住所コード, 工種-工法型式 (one per line), 水系-路線情報 from the basic info, valid against the DTD below
		assertThat(new String(index, SJIS)).contains("<住所コード>014231</住所コード>")
			.contains("\t\t<工種-工法型式>\r\n\t\t\t<工種>農業土木</工種>\r\n\t\t\t<工法型式>用排水路工</工法型式>")
			.contains("<工種>農業土木</工種>\r\n\t\t\t<工法型式>仮設工</工法型式>")
			.contains("<水系-路線情報>\r\n\t\t\t<対象水系路線名>石狩川水系 夕張川</対象水系路線名>");
		assertThat(index).isNotEqualTo(new String(index, SJIS).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(new String(entries.get("MEET/MEET.XML"), SJIS))
			.contains("<打合せ簿オリジナルファイル名>M0002002.DWG</打合せ簿オリジナルファイル名>")
			.contains("<打合せ簿オリジナルファイル日本語名>図面.dwg</打合せ簿オリジナルファイル日本語名>")
			.contains("<打合せ簿名称>床掘り深さの協議</打合せ簿名称>").contains("<管理区分>打合せ簿/協議</管理区分>");
		assertThat(new String(entries.get("OTHRS/OTHRS.XML"), SJIS)).contains("<その他サブフォルダ名>ORG001</その他サブフォルダ名>");

		for (String xml : List.of("INDEX_C.XML", "PLAN/PLAN.XML", "MEET/MEET.XML", "PHOTO/PHOTO.XML", "OTHRS/OTHRS.XML")) {
			Document parsed = validate(xml, entries);
			assertThat(parsed.getDocumentElement().getAttribute("DTD_version")).as(xml).isNotEmpty();
		}
	}

	@Test
	void servicesDeliverableUsesTheMaffServicesIndex() throws Exception {
		DeliveryProfile profile = profiles.forKind(ProjectKind.SERVICE);
		ExportTree tree = new ExportTree(List.of(folder(1, "報告書", List.of(),
				document(1, "報告書 本編", file("REPORT01.PDF", "%PDF 1"), file("第2章.pdf", "%PDF 2")))));
		Deliverable deliverable = Deliverable.prepare(profile, profiles, project(ProjectKind.SERVICE, "南幌地区 測量設計業務", "12345"), tree);
		assertThat(deliverable.problems()).isEmpty();
		String index = new String(deliverable.generated("INDEX_D.XML"), SJIS);
		assertThat(index).contains("<!DOCTYPE gyomudata SYSTEM \"IND_MD03.DTD\">", "<gyomudata DTD_version=\"03\">",
				"<業務名称>南幌地区 測量設計業務</業務名称>", "<報告書フォルダ名>REPORT</報告書フォルダ名>");
		assertThat(new String(deliverable.generated("REPORT/REPORT.XML"), SJIS))
			.contains("<報告書ファイル名>REPORT01.PDF</報告書ファイル名>", "<報告書ファイル名>REPORT02.PDF</報告書ファイル名>",
					"<報告書ファイル日本語名>第2章.pdf</報告書ファイル日本語名>");
		Map<String, byte[]> entries = Map.of("INDEX_D.XML", deliverable.generated("INDEX_D.XML"), "IND_MD03.DTD",
				deliverable.generated("IND_MD03.DTD"), "REPORT/REPORT.XML", deliverable.generated("REPORT/REPORT.XML"),
				"REPORT/REP05.DTD", deliverable.generated("REPORT/REP05.DTD"));
		validate("INDEX_D.XML", entries);
		validate("REPORT/REPORT.XML", entries);
	}

	@Test
	void checkerReportsEveryClassOfViolationWithWhatToFix() {
		DeliveryProfile profile = profiles.forKind(ProjectKind.WORKS);
		ExportTree tree = new ExportTree(List.of(
				folder(2, "打合せ簿", List.of(),
						document(1, "ｶﾀｶﾅの協議", file("協議書.pdf", "x")),
						document(2, "第１回協議", file("表.xlsx", "x")),
						document(3, "空の書類")),
				folder(4, "写真", List.of(), document(4, "全景", file("全景.png", "png"))),
				folder(5, "その他", List.of(), document(5, "巨大", new ExportFile("点群①.las", 5_000_000_000L, "0", InputStream::nullInputStream)))));
		Deliverable deliverable = Deliverable.prepare(profile, profiles, works("用水路①工事", null), tree);

		assertThat(deliverable.problems()).extracting(ExportProblem::kind)
			.contains(Kind.MISSING_REQUIRED, Kind.BAD_CHARACTER, Kind.BAD_NAME, Kind.TOO_LARGE);
		assertThat(deliverable.problems()).extracting(ExportProblem::message).contains(
				"工事基本情報の「発注者コード」が入力されていません。工事・業務の基本情報を編集して入力してください。",
				"工事基本情報の「工事名称」の4文字目の「①」は電子納品で使えない文字（機種依存文字・JIS X 0208にない文字）です。「(1)」などに置き換えてください。",
				"書類「ｶﾀｶﾅの協議」（打合せ簿）の件名の1文字目の「ｶ」は半角カタカナです。全角カタカナで入力してください。",
				"書類「第１回協議」（打合せ簿）の件名の2文字目の「１」は全角の英数字です。半角で入力してください。",
				"書類「空の書類」にファイルがありません。ファイルを登録するか、書類を成果品のフォルダから外してください。",
				"ファイル「点群①.las」（その他）の名前の3文字目の「①」は電子納品で使えない文字（機種依存文字・JIS X 0208にない文字）です。「(1)」などに置き換えてください。",
				"ファイル「点群①.las」（5.0 GB）は媒体 DVD-R（4.7 GB） に入りません。ファイルを分けて登録し直してください。",
				"成果品の合計（5.0 GB）が媒体 DVD-R（4.7 GB） の容量を超えています。フォルダを選んで分けて出力してください。");
		assertThat(deliverable.problems()).filteredOn(problem -> problem.kind() == Kind.BAD_NAME)
			.extracting(ExportProblem::location).containsExactlyInAnyOrder("打合せ簿/表.xlsx", "写真/全景.png");
		assertThat(deliverable.problems()).allMatch(ExportProblem::blocking);
	}

	@Test
	void checkerReportsNamesThatCollideOnTheMedium() {
		DeliveryProfile profile = profiles.forKind(ProjectKind.SERVICE);
		ExportTree tree = new ExportTree(List.of(folder(1, "報告書", List.of(),
				document(1, "本編", file("REPORT01.PDF", "a")), document(2, "概要版", file("report01.pdf", "b")),
				document(3, "資料編", file("資料.pdf", "c"))),
				folder(2, "協議メモ", List.of(), document(4, "第1回", file("記録.pdf", "d")))));
		Deliverable deliverable = Deliverable.prepare(profile, profiles, project(ProjectKind.SERVICE, "業務", "1"), tree);
		assertThat(deliverable.problems()).filteredOn(problem -> problem.kind() == Kind.NAME_COLLISION)
			.extracting(ExportProblem::message)
			.containsExactly("REPORT/REPORT01.PDF に「報告書/REPORT01.PDF」と「報告書/report01.pdf」の2つのファイルが当たります。どちらかのファイル名を変えてください。");
		assertThat(deliverable.problems()).filteredOn(problem -> problem.kind() == Kind.NOTE)
			.singleElement().satisfies(note -> assertThat(note.blocking()).isFalse());
	}

	@Test
	void completionDrawingsGoToDrawingfWithTheirManagementFileNotToOthrs() throws Exception {
		DeliveryProfile profile = profiles.forKind(ProjectKind.WORKS);
		ExportTree tree = new ExportTree(List.of(
				new ExportFolder(6, "完成図面（最終）", "DRAWINGF", List.of(),
						List.of(document(6, "完成平面図", file("平面図.pdf", "%PDF plan"), file("C0ZZ001Z.P21", "ISO-10303-21;")))),
				folder(7, "その他", List.of(), document(7, "副産物実施書", file("実施書.pdf", "%PDF other")))));
		Deliverable deliverable = Deliverable.prepare(profile, profiles, works("工事", "1"), tree);
		assertThat(deliverable.problems()).isEmpty();

		String drawings = new String(deliverable.generated("DRAWINGF/DRAWINGF.XML"), SJIS);
		assertThat(drawings).contains("<!DOCTYPE drawingdata SYSTEM \"DRAW05.DTD\">", "<図面名>完成平面図</図面名>",
				"<図面ファイル名>D0000001.PDF</図面ファイル名>", "<図面ファイル日本語名>平面図.pdf</図面ファイル日本語名>",
				"<図面ファイル名>C0ZZ001Z.P21</図面ファイル名>", "<作成者名>現場 太郎</作成者名>");
		assertThat(new String(deliverable.generated("INDEX_C.XML"), SJIS))
			.contains("<工事完成図フォルダ名>DRAWINGF</工事完成図フォルダ名>", "<その他フォルダ名>OTHRS</その他フォルダ名>");
		assertThat(new String(deliverable.generated("OTHRS/OTHRS.XML"), SJIS)).contains("副産物実施書")
			.doesNotContain("完成平面図");
		Map<String, byte[]> entries = Map.of("INDEX_C.XML", deliverable.generated("INDEX_C.XML"), "INDE_C05.DTD",
				deliverable.generated("INDE_C05.DTD"), "DRAWINGF/DRAWINGF.XML", deliverable.generated("DRAWINGF/DRAWINGF.XML"),
				"DRAWINGF/DRAW05.DTD", deliverable.generated("DRAWINGF/DRAW05.DTD"));
		validate("INDEX_C.XML", entries);
		validate("DRAWINGF/DRAWINGF.XML", entries);

		Path zip = dir.resolve("drawings.zip");
		try (ZipSink sink = new ZipSink(zip)) {
			deliverable.write(sink, Progress.NONE);
		}
		try (ZipFile read = new ZipFile(zip.toFile())) {
			assertThat(Collections.list(read.entries())).extracting(ZipEntry::getName)
				.contains("DRAWINGF/D0000001.PDF", "DRAWINGF/C0ZZ001Z.P21", "OTHRS/ORG001/O0001001.PDF")
				.noneMatch(name -> name.startsWith("OTHRS/ORG002"));
		}
	}

	@Test
	void servicesMeetingSurveyAndOtherDocumentsGetTheirFoldersAndOnlyUserFoldersAreLeftOut() throws Exception {
		DeliveryProfile profile = profiles.forKind(ProjectKind.SERVICE);
		ExportTree tree = new ExportTree(List.of(
				folder(1, "打合せ記録", List.of(), document(1, "打合せ記録 第1回", file("記録.pdf", "%PDF meet"))),
				folder(2, "測量", List.of(), document(2, "基準点測量成果表", file("成果表.pdf", "%PDF survey"))),
				folder(3, "その他", List.of(), document(3, "貸与資料一覧", file("一覧.pdf", "%PDF other"))),
				folder(4, "個人メモ", List.of(), document(4, "下書き", file("下書き.pdf", "%PDF draft")))));
		Deliverable deliverable = Deliverable.prepare(profile, profiles, project(ProjectKind.SERVICE, "業務", "1"), tree);

		assertThat(deliverable.problems()).singleElement().satisfies(note -> {
			assertThat(note.kind()).isEqualTo(Kind.NOTE);
			assertThat(note.location()).isEqualTo("個人メモ");
			assertThat(note.message()).contains("下書き");
		});
		assertThat(DeliverableLayout.leftOut(profile, tree)).extracting(ExportProblem::location).containsExactly("個人メモ");
		assertThat(new String(deliverable.generated("MEET/MEET.XML"), SJIS)).contains("<打合せ簿名称>打合せ記録 第1回</打合せ簿名称>",
				"<打合せ簿オリジナルファイル名>M0001001.PDF</打合せ簿オリジナルファイル名>");
		assertThat(new String(deliverable.generated("OTHRS/OTHRS.XML"), SJIS)).contains("<資料名>貸与資料一覧</資料名>");
		assertThat(new String(deliverable.generated("INDEX_D.XML"), SJIS)).contains("<測量データフォルダ名>SURVEY</測量データフォルダ名>");

		Map<String, byte[]> entries = written(deliverable, dir.resolve("services.zip"));
		assertThat(entries).containsKeys("SURVEY/S0000001.PDF", "MEET/ORG/M0001001.PDF", "OTHRS/ORG001/O0001001.PDF");
		assertThat(entries.keySet()).noneMatch(name -> name.contains("下書き"));
		for (String xml : List.of("INDEX_D.XML", "MEET/MEET.XML", "OTHRS/OTHRS.XML")) {
			validate(xml, entries);
		}
	}

	@Test
	void aDeliverableLargerThanOneMediumIsSplitIntoCompleteVolumesWhenTheProfileAllowsIt() throws Exception {
		DeliveryProfile bundled = profiles.forKind(ProjectKind.WORKS);
		// a small limit: 1 MB of room for files on each medium besides the reserve for the management files
		DeliveryProfile small = withMedium(bundled, new DeliveryProfile.Medium("テスト媒体", Volumes.RESERVE + 1_000_000, true));
		byte[] big = new byte[800_000]; // two never share a medium; three (2.4 MB) do not fit on one
		ExportTree tree = new ExportTree(List.of(
				folder(1, "施工計画", List.of(), document(1, "施工計画書", file("計画書.pdf", big))),
				folder(2, "打合せ簿", List.of(), document(2, "協議 1", file("協議1.pdf", big)),
						document(3, "協議 2", file("協議2.pdf", big)))));
		Deliverable deliverable = Deliverable.prepare(small, profiles, works("工事", "1"), tree);
		assertThat(deliverable.problems()).isEmpty();

		String first = new String(deliverable.generated("VOL01/INDEX_C.XML"), SJIS);
		assertThat(first).contains("<メディア番号>1</メディア番号>", "<メディア総枚数>3</メディア総枚数>",
				"<施工計画書フォルダ名>PLAN</施工計画書フォルダ名>").doesNotContain("<打合せ簿フォルダ名>");
		assertThat(new String(deliverable.generated("VOL03/INDEX_C.XML"), SJIS)).contains("<メディア番号>3</メディア番号>",
				"<メディア総枚数>3</メディア総枚数>", "<打合せ簿フォルダ名>MEET</打合せ簿フォルダ名>");
		assertThat(new String(deliverable.generated("VOL02/MEET/MEET.XML"), SJIS)).contains("協議 1").doesNotContain("協議 2");
		assertThat(new String(deliverable.generated("VOL03/MEET/MEET.XML"), SJIS)).contains("協議 2")
			.contains("<打合せ簿オリジナルファイル名>M0002001.PDF</打合せ簿オリジナルファイル名>");
		assertThat(deliverable.generated("INDEX_C.XML")).isNull();

		Map<String, byte[]> entries = written(deliverable, dir.resolve("volumes.zip"));
		assertThat(entries).containsKeys("VOL01/PLAN/ORG/P0001001.PDF", "VOL02/MEET/ORG/M0001001.PDF",
				"VOL03/MEET/ORG/M0002001.PDF", "VOL01/REGISTER/", "VOL02/REGISTER/", "VOL03/REGISTER/");
		validate("VOL02/INDEX_C.XML", entries);
		validate("VOL02/MEET/MEET.XML", entries);

		// without split: the same deliverable is refused as too large, as before
		DeliveryProfile noSplit = withMedium(bundled, new DeliveryProfile.Medium("テスト媒体", Volumes.RESERVE + 1_000_000, false));
		assertThat(Deliverable.prepare(noSplit, profiles, works("工事", "1"), tree).problems())
			.extracting(ExportProblem::kind).containsExactly(Kind.TOO_LARGE);
		// a document larger than one medium cannot be split: its volume is reported
		byte[] part = new byte[1_100_000];
		ExportTree huge = new ExportTree(List.of(folder(1, "施工計画", List.of(),
				document(1, "施工計画書", file("第1部.pdf", part), file("第2部.pdf", part)),
				document(2, "添付", file("添付.pdf", "%PDF")))));
		assertThat(Deliverable.prepare(small, profiles, works("工事", "1"), huge).problems())
			.extracting(ExportProblem::message)
			.containsExactly("媒体の1枚目（2.2 MB）が テスト媒体（2.0 MB） に入りません。1つの書類のファイルが1枚に入りきらないためです。その書類のファイルを分けて登録し直してください。");
	}

	private static DeliveryProfile withMedium(DeliveryProfile p, DeliveryProfile.Medium medium) {
		return new DeliveryProfile(p.id(), p.kind(), p.label(), p.standard(), medium, p.filePattern(), p.extensionPattern(),
				p.extensionAliases(), p.unmapped(), p.index(), p.folders());
	}

	@Test
	void aCorrectedProfileInTheProfileDirectoryReplacesTheBundledOneAndItsDtdErrorsAreReported() throws Exception {
		String works;
		try (InputStream in = getClass().getResourceAsStream("/delivery/profiles/works.yaml")) {
			works = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		Path own = java.nio.file.Files.createDirectories(dir.resolve("profiles"));
		java.nio.file.Files.writeString(own.resolve("works.yaml"), works.replace("standard: 土木202303-01", "standard: 農業201403-01")
			.replace("        - {name: メディア番号, value: \"media:number\"}",
					"        - {name: 余計な要素, value: \"const:x\"}\n        - {name: メディア番号, value: \"media:number\"}"));
		DeliveryProfiles corrected = new DeliveryProfiles(new DeliverySettings(Path.of("none"), null, own, Duration.ofDays(7)));
		DeliveryProfile profile = corrected.forKind(ProjectKind.WORKS);
		assertThat(profile.standard()).isEqualTo("農業201403-01");

		Deliverable deliverable = Deliverable.prepare(profile, corrected, works("工事", "1"), worksTree());
		assertThat(deliverable.problems()).filteredOn(problem -> problem.kind() == Kind.INVALID_XML)
			.isNotEmpty()
			.allSatisfy(problem -> assertThat(problem.location()).isEqualTo("INDEX_C.XML"))
			.anySatisfy(problem -> assertThat(problem.message()).startsWith("INDEX_C.XML が INDE_C05.DTD に合いません（")
				.contains("余計な要素").endsWith("成果品プロファイルとDTDを確認してください（システム管理者）。"));
		assertThat(new String(deliverable.generated("INDEX_C.XML"), SJIS)).contains("<適用要領基準>農業201403-01</適用要領基準>");
	}

	@Test
	void windowsVariantsAreTheSameJisCharactersAndPass() {
		assertThat(JisText.normalize("工期～3月")).isEqualTo("工期〜3月");
		assertThat(JisText.problem(JisText.normalize("工期～3月　Ｌ型"))).contains("7文字目の「Ｌ」は全角の英数字です。半角で入力してください。");
		assertThat(JisText.problem("髙橋")).get().asString().contains("「高」などに置き換えてください");
		assertThat(JisText.problem("北海道（空知）・第2工区 m2 #1-A_b")).isEmpty();
	}

	/** An independent, DTD-validating parse with the DTD resolved from the written files next to the XML. */
	static Document validate(String xml, Map<String, byte[]> entries) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setValidating(true);
		var builder = factory.newDocumentBuilder();
		String folder = xml.contains("/") ? xml.substring(0, xml.lastIndexOf('/') + 1) : "";
		builder.setEntityResolver((publicId, systemId) -> new InputSource(
				new ByteArrayInputStream(entries.get(folder + systemId.substring(systemId.lastIndexOf('/') + 1)))));
		List<String> errors = new ArrayList<>();
		builder.setErrorHandler(new ErrorHandler() {
			public void warning(SAXParseException e) {
			}

			public void error(SAXParseException e) {
				errors.add(e.getMessage());
			}

			public void fatalError(SAXParseException e) throws SAXParseException {
				throw e;
			}
		});
		Document document = builder.parse(new ByteArrayInputStream(entries.get(xml)));
		assertThat(errors).as(xml + " against its DTD").isEmpty();
		return document;
	}

	/** The deliverable written as a ZIP at {@code zip}, read back: each entry's bytes by name, in the ZIP's order. */
	static Map<String, byte[]> written(Deliverable deliverable, Path zip) throws Exception {
		try (ZipSink sink = new ZipSink(zip)) {
			deliverable.write(sink, Progress.NONE);
		}
		Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
		try (ZipFile read = new ZipFile(zip.toFile())) {
			for (ZipEntry entry : Collections.list(read.entries())) {
				try (InputStream in = read.getInputStream(entry)) {
					entries.put(entry.getName(), in.readAllBytes());
				}
			}
		}
		return entries;
	}
}
