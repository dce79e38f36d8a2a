package jp.kyoyu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.RightsFixture;

/**
 * 並べて表示 (本文5(4), issue #20): two files of a project in one window with the tree and search beside them, read
 * with the document pages' rights; only the inline file answer may be framed, and only by Kyoyu's own pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SideBySideIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

	@LocalServerPort
	int port;

	DocumentApi api;

	long project;

	String plan;

	String drawing;

	String sheet;

	@BeforeEach
	void setUp() throws Exception {
		api = new DocumentApi(port);
		project = api.project("WORKS", "並べて表示");
		long folder = api.folderId(project, "写真");
		plan = ref(api.read(api.register(folder, "genba", Map.of("title", "施工計画書", "category", "計画", "date",
				TODAY.toString()), Map.of("施工計画書.pdf", pdf(2)))));
		drawing = ref(api.read(api.register(folder, "genba", Map.of("title", "出来形図", "category", "図面", "date",
				TODAY.toString()), Map.of("出来形図.pdf", pdf(1)))));
		sheet = ref(api.document(folder, "genba", "数量表", "数量", TODAY.toString(), "数量表.txt", "数量"));
	}

	@Test
	void aMemberSeesTwoPdfsSideBySideWithTheTreeAndTheSearch() {
		BrowserlessClient member = login("kantoku");
		assertThat(member.get("/projects/" + project + "/documents").body())
			.contains("/projects/" + project + "/documents/side-by-side");

		HttpResponse<String> page = member.get(side("left=" + plan + "&right=" + drawing));
		assertThat(page.statusCode()).isEqualTo(200);
		String[] ids = plan.split("-");
		String[] other = drawing.split("-");
		assertThat(page.body()).contains("id=\"sbs-tree\"").contains("📁 写真").contains("id=\"sbs-search\"")
			.contains("<iframe class=\"sbs-frame\" src=\"/api/v1/documents/" + ids[0] + "/files/" + ids[1] + "?inline=true\"")
			.contains("<iframe class=\"sbs-frame\" src=\"/api/v1/documents/" + other[0] + "/files/" + other[1] + "?inline=true\"")
			.contains("施工計画書 / 施工計画書.pdf").contains("出来形図 / 出来形図.pdf");

		// The search narrows the list beside the panes and keeps both panes.
		String searched = member.get(side("q=" + enc("数量") + "&left=" + plan + "&right=" + drawing)).body();
		assertThat(searched).contains("数量表 / 数量表.txt").contains("?inline=true\"")
			.doesNotContain("<span class=\"sbs-name\">施工計画書 / 施工計画書.pdf</span>");
	}

	@Test
	void aFileTheBrowserCannotShowIsOfferedAsADownload() {
		String[] ids = sheet.split("-");
		String page = login("genba").get(side("left=" + sheet)).body();
		assertThat(page).contains("このファイルはブラウザで表示できません")
			.contains("href=\"/api/v1/documents/" + ids[0] + "/files/" + ids[1] + "\"")
			.doesNotContain("<iframe");
	}

	@Test
	void aChoiceThatIsNoFileOfTheProjectIsRefusedInJapanese() throws Exception {
		long elsewhere = api.project("WORKS", "別の工事");
		String foreign = ref(api.document(api.folderId(elsewhere, "写真"), "genba", "別工事の写真", "写真",
				TODAY.toString(), "別.pdf", "%PDF-1.4"));
		BrowserlessClient genba = login("genba");
		for (String choice : new String[] { foreign, "abc", plan.split("-")[0] + "-999999999" }) {
			HttpResponse<String> page = genba.get(side("left=" + enc(choice)));
			assertThat(page.statusCode()).as(choice).isEqualTo(200);
			assertThat(page.body()).as(choice).contains("選んだファイルが見つかりません").doesNotContain("別工事の写真")
				.doesNotContain("<iframe");
		}
	}

	@Test
	void anOutsiderGets404AndAnInspectorThePage() throws Exception {
		RightsFixture users = new RightsFixture(port);
		String outsider = users.user("soto", "AGENCY");
		assertThat(login(outsider).get(side("left=" + plan)).statusCode()).isEqualTo(404);

		String inspector = users.user("kensa", "AGENCY");
		Map<String, Object> grant = new LinkedHashMap<>();
		grant.put("userId", inspector);
		grant.put("validFrom", TODAY.toString());
		grant.put("validTo", TODAY.plusDays(3).toString());
		HttpResponse<String> granted = api.send("POST", "/api/v1/projects/" + project + "/inspections", "sokatsu", grant);
		assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
		BrowserlessClient reader = login(inspector);
		assertThat(reader.get("/projects/" + project + "/documents").body())
			.contains("/projects/" + project + "/documents/side-by-side");
		HttpResponse<String> page = reader.get(side("left=" + plan + "&right=" + drawing));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("施工計画書 / 施工計画書.pdf").contains("出来形図 / 出来形図.pdf");
	}

	@Test
	void onlyTheInlineFileMayBeFramedAndOnlyByKyoyu() {
		String[] ids = plan.split("-");
		String file = "/api/v1/documents/" + ids[0] + "/files/" + ids[1];
		BrowserlessClient genba = login("genba");
		HttpResponse<byte[]> inline = genba.download(file + "?inline=true");
		assertThat(inline.statusCode()).isEqualTo(200);
		assertThat(inline.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
		assertThat(inline.headers().allValues("Content-Security-Policy")).singleElement().asString()
			.contains("frame-ancestors 'self'").doesNotContain("frame-ancestors 'none'").contains("script-src 'self'");

		HttpResponse<byte[]> download = genba.download(file);
		assertThat(download.headers().allValues("X-Frame-Options")).containsExactly("DENY");
		assertThat(download.headers().allValues("Content-Security-Policy")).singleElement().asString()
			.contains("frame-ancestors 'none'");
		HttpResponse<String> page = genba.get(side("left=" + plan));
		assertThat(page.headers().allValues("X-Frame-Options")).containsExactly("DENY");
		assertThat(page.headers().allValues("Content-Security-Policy")).singleElement().asString()
			.contains("frame-ancestors 'none'");
	}

	private String side(String query) {
		return "/projects/" + project + "/documents/side-by-side?" + query;
	}

	private BrowserlessClient login(String user) {
		BrowserlessClient client = new BrowserlessClient(port);
		client.login(user, DocumentApi.PASSWORD);
		return client;
	}

	/** {@code documentId-fileId} of the document's first file: how the page names a pane's file. */
	static String ref(JsonNode document) {
		return document.get("id").asLong() + "-" + document.get("files").get(0).get("id").asLong();
	}

	/** A real PDF of {@code pages} blank A4 pages, as a browser's PDF viewer would open it. */
	static byte[] pdf(int pages) throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < pages; i++) {
				document.addPage(new PDPage());
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
