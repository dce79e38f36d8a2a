package jp.kyoyu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Registering, listing, searching, sorting, the list as CSV and Excel, viewing and downloading files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentListIntegrationTests {

	@LocalServerPort
	int port;

	DocumentApi api;

	@BeforeEach
	void client() {
		api = new DocumentApi(port);
	}

	@Test
	void documentsAreListedSearchedSortedAndExported() throws Exception {
		long project = api.project("WORKS", "書類一覧");
		long plan = api.folderId(project, "施工計画");
		long material = api.folderId(project, "材料");
		api.document(plan, "genba", "施工計画書 第1版", "施工計画書", "2026-06-03", "計画書.pdf", "%PDF-1.4 plan");
		api.document(material, "genba", "=生コン 材料確認", "材料確認", "2026-06-20", "生コン.xlsx", "xlsx");
		api.document(material, "kantoku", "鉄筋 ミルシート", "材料確認", "2026-06-10", "ミルシート.pdf", "%PDF-1.4 mill");

		assertThat(titles(project, "", "genba")).containsExactly("=生コン 材料確認", "鉄筋 ミルシート", "施工計画書 第1版");
		assertThat(titles(project, "?sort=date", "genba")).containsExactly("施工計画書 第1版", "鉄筋 ミルシート", "=生コン 材料確認");
		assertThat(titles(project, "?folder=" + material + "&sort=title", "genba")).containsExactly("=生コン 材料確認", "鉄筋 ミルシート");
		assertThat(titles(project, "?q=" + enc("ミルシート"), "genba")).containsExactly("鉄筋 ミルシート");
		assertThat(titles(project, "?q=" + enc("計画書.pdf"), "genba")).as("file names are searched").containsExactly("施工計画書 第1版");
		assertThat(titles(project, "?category=" + enc("材料確認") + "&from=2026-06-15", "genba")).containsExactly("=生コン 材料確認");
		assertThat(titles(project, "?author=" + enc(name("kantoku")) + "&sort=-author", "genba")).containsExactly("鉄筋 ミルシート");
		assertThat(titles(project, "?sort=folder", "genba").get(0)).as("施工計画 before 材料 in Unicode order").isNotNull();

		HttpResponse<String> badSort = api.get("/api/v1/projects/" + project + "/documents?sort=size&from=2026-02-30", "genba");
		assertThat(badSort.statusCode()).isEqualTo(400);
		assertThat(badSort.body()).contains("並び順は").contains("期間の開始日");
		assertThat(api.get("/api/v1/projects/" + project + "/documents?folder=abc", "genba").statusCode()).isEqualTo(400);

		HttpResponse<byte[]> csv = api.bytes("/api/v1/projects/" + project + "/documents.csv?sort=date", "genba");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body()[0] & 0xff).as("UTF-8 BOM").isEqualTo(0xEF);
		String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
		String[] lines = text.split("\r\n");
		assertThat(lines).hasSize(4);
		assertThat(lines[0]).startsWith("\"フォルダ\",\"件名\",\"区分\",\"日付\"");
		assertThat(lines[1]).startsWith("\"施工計画\",\"施工計画書 第1版\",\"施工計画書\",\"2026/06/03\"").contains("計画書.pdf");
		assertThat(lines[3]).as("a formula-like title is defused").contains("\"'=生コン 材料確認\"");

		HttpResponse<byte[]> xlsx = api.bytes("/api/v1/projects/" + project + "/documents.xlsx?sort=date", "genba");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			assertThat(cells(sheet.getRow(0))).startsWith("フォルダ", "件名", "区分", "日付", "作成者", "状態");
			assertThat(cells(sheet.getRow(2))).startsWith("材料", "鉄筋 ミルシート", "材料確認", "2026/06/10", name("kantoku"),
					"登録済み", "ミルシート.pdf");
			assertThat(cells(sheet.getRow(3)).get(1)).isEqualTo("=生コン 材料確認");
		}
	}

	@Test
	void pdfsShowInTheBrowserOtherFilesDownloadAndRangesAreAnswered() throws Exception {
		long project = api.project("WORKS", "閲覧とダウンロード");
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("配筋図.pdf", "%PDF-1.4 0123456789".getBytes(StandardCharsets.UTF_8));
		files.put("数量計算書.xlsx", "xlsx-bytes".getBytes(StandardCharsets.UTF_8));
		JsonNode document = api.read(api.register(api.folderId(project, "その他"), "genba",
				Map.of("category", "その他", "date", "2026/6/1"), files));
		assertThat(document.get("title").asText()).as("defaults to the first file's name").isEqualTo("配筋図.pdf");
		assertThat(document.get("date").asText()).isEqualTo("2026-06-01");
		String base = "/api/v1/documents/" + document.get("id").asLong() + "/files/";
		long pdf = document.get("files").get(0).get("id").asLong();
		long sheet = document.get("files").get(1).get("id").asLong();

		HttpResponse<byte[]> shown = api.bytes(base + pdf + "?inline=true", "kantoku");
		assertThat(shown.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline")
			.contains("UTF-8''%E9%85%8D%E7%AD%8B");
		HttpResponse<byte[]> kept = api.bytes(base + sheet + "?inline=true", "kantoku");
		assertThat(kept.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(new String(kept.body(), StandardCharsets.UTF_8)).isEqualTo("xlsx-bytes");
		HttpResponse<byte[]> range = api.bytes(base + pdf, "kantoku", "Range", "bytes=9-13");
		assertThat(range.statusCode()).isEqualTo(206);
		assertThat(new String(range.body(), StandardCharsets.UTF_8)).isEqualTo("01234");
		assertThat(api.bytes(base + 999999, "kantoku").statusCode()).isEqualTo(404);
	}

	@Test
	void badRegistrationsAreToldInJapaneseAndKeepNothing() throws Exception {
		long project = api.project("WORKS", "登録エラー");
		long folder = api.folderId(project, "その他");
		HttpResponse<String> bad = api.register(folder, "genba", Map.of("date", "2026-02-30"), Map.of());
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("区分を入力してください").contains("実在する日").contains("ファイルを1つ以上");
		assertThat(api.read(api.get("/api/v1/projects/" + project + "/documents", "genba"))).isEmpty();
	}

	private List<String> titles(long project, String query, String user) throws Exception {
		List<String> titles = new ArrayList<>();
		api.read(api.get("/api/v1/projects/" + project + "/documents" + query, user))
			.forEach(node -> titles.add(node.get("title").asText()));
		return titles;
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		row.forEach(cell -> cells.add(cell.getStringCellValue()));
		return cells;
	}

	private String name(String userId) throws Exception {
		return api.read(api.get("/api/v1/me", userId)).get("name").asText();
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
