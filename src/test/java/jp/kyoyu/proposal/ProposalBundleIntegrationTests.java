package jp.kyoyu.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * C3.10: one PDF of the proposal (its own PDF as the cover) and its PDF and image attachments in the order asked,
 * with page ranges and a bookmark per file; Word/Excel listed by name; bad ranges a 422 naming the file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalBundleIntegrationTests {

	@LocalServerPort
	int port;

	JsonApi api;

	long proposal;

	long drawing;

	long photo;

	long sheet;

	@BeforeEach
	void setUp() throws Exception {
		api = new JsonApi(port) {
		};
		long project = new ProjectFixtures(api).works("まとめPDF").member("genba", "SITE_AGENT").create();
		proposal = api.read(api.send("POST", "/api/v1/projects/" + project + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", "法面の協議", "fields",
						Map.of("matter", "CONSULTATION", "content", "法面勾配の変更について協議します。"))))
			.get("id").asLong();
		drawing = attach("平面図.pdf", "DRAWING", fivePages());
		photo = attach("現場写真.png", "PHOTO", png());
		sheet = attach("数量表.xlsx", "EXTERNAL_FORM", "xlsx".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theCoverThenTheFilesInTheOrderAskedWithRangesAndBookmarks() throws Exception {
		HttpResponse<byte[]> merged = api.bytes("/api/v1/proposals/" + proposal + "/bundle.pdf?parts=" + photo
				+ "&parts=" + drawing + ":" + URLEncoder.encode("2-3,5", StandardCharsets.UTF_8) + "&parts=" + sheet,
				"genba");
		assertThat(merged.statusCode()).isEqualTo(200);
		assertThat(merged.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(merged.headers().firstValue("Content-Disposition").orElse(""))
			.contains("filename*=UTF-8''" + URLEncoder.encode("法面の協議_まとめ.pdf", StandardCharsets.UTF_8)
				.replace("+", "%20"));
		try (PDDocument pdf = Loader.loadPDF(merged.body())) {
			// cover (1 page) + photo (1) + drawing pages 2, 3, 5 + the list of what could not be merged (1)
			assertThat(pdf.getNumberOfPages()).isEqualTo(6);
			assertThat(outline(pdf)).containsExactly("工事打合せ簿「法面の協議」", "現場写真.png", "平面図.pdf",
					"PDFにまとめられない添付ファイル");
			assertThat(text(pdf, 1)).contains("工事打合せ簿", "法面の協議", "法面勾配の変更について協議します。");
			assertThat(text(pdf, 3)).contains("drawing page 2");
			assertThat(text(pdf, 4)).contains("drawing page 3");
			assertThat(text(pdf, 5)).contains("drawing page 5");
			assertThat(text(pdf, 6)).contains("PDFにまとめられない添付ファイル", "1. 数量表.xlsx");
		}

		try (PDDocument all = Loader.loadPDF(
				api.bytes("/api/v1/proposals/" + proposal + "/bundle.pdf", "genba").body())) {
			assertThat(all.getNumberOfPages()).as("no parts: every attachment, every page, in their order")
				.isEqualTo(1 + 5 + 1 + 1);
			assertThat(outline(all)).containsExactly("工事打合せ簿「法面の協議」", "平面図.pdf", "現場写真.png",
					"PDFにまとめられない添付ファイル");
		}
	}

	@Test
	void aBadRangeIsRefusedWith422NamingTheFile() throws Exception {
		HttpResponse<String> beyond = api.get("/api/v1/proposals/" + proposal + "/bundle.pdf?parts=" + drawing
				+ ":4-9", "genba");
		assertThat(beyond.statusCode()).isEqualTo(422);
		assertThat(beyond.body()).contains("「平面図.pdf」のページ範囲「4-9」が正しくありません。1〜5の範囲で");
		HttpResponse<String> garbled = api.get("/api/v1/proposals/" + proposal + "/bundle.pdf?parts=" + photo
				+ ":2", "genba");
		assertThat(garbled.statusCode()).isEqualTo(422);
		assertThat(garbled.body()).contains("「現場写真.png」のページ範囲「2」");
		HttpResponse<String> sheetPages = api.get("/api/v1/proposals/" + proposal + "/bundle.pdf?parts=" + sheet
				+ ":1", "genba");
		assertThat(sheetPages.statusCode()).isEqualTo(422);
		assertThat(sheetPages.body()).contains("「数量表.xlsx」はPDFや画像ではないため");
		assertThat(api.get("/api/v1/proposals/" + proposal + "/bundle.pdf?parts=abc", "genba").statusCode())
			.isEqualTo(422);
		assertThat(api.get("/api/v1/proposals/" + proposal + "/bundle.pdf", "gyomu").statusCode())
			.as("outsiders see nothing").isEqualTo(404);
	}

	@Test
	void theProposalPageMakesTheBundleFromTheOrderAndRangesTyped() throws Exception {
		BrowserlessClient genba = new BrowserlessClient(port);
		genba.login("genba", "Kyoyu#Demo2026");
		assertThat(genba.get("/proposals/" + proposal).body()).contains("id=\"bundle-form\"", "name=\"order_" + drawing
				+ "\"", "name=\"pages_" + drawing + "\"");
		HttpResponse<byte[]> merged = genba.download("/proposals/" + proposal + "/bundle.pdf?order_" + drawing
				+ "=2&pages_" + drawing + "=1&order_" + photo + "=1&pages_" + photo + "=&order_" + sheet + "=");
		assertThat(merged.statusCode()).isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(merged.body())) {
			assertThat(outline(pdf)).containsExactly("工事打合せ簿「法面の協議」", "現場写真.png", "平面図.pdf");
			assertThat(pdf.getNumberOfPages()).isEqualTo(3);
		}
		HttpResponse<String> refused = genba.get("/proposals/" + proposal + "/bundle.pdf?order_" + drawing
				+ "=1&pages_" + drawing + "=0-2");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("「平面図.pdf」のページ範囲「0-2」が正しくありません");
	}

	private long attach(String name, String kind, byte[] content) throws Exception {
		HttpResponse<String> added = api.multipart("/api/v1/proposals/" + proposal + "/attachments", "genba",
				Map.of("kind", kind), Map.of(name, content));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		return api.read(added).get("id").asLong();
	}

	private static List<String> outline(PDDocument pdf) {
		List<String> titles = new ArrayList<>();
		for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
			titles.add(item.getTitle());
		}
		return titles;
	}

	private static String text(PDDocument pdf, int page) throws Exception {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(pdf);
	}

	private static byte[] fivePages() throws Exception {
		try (PDDocument document = new PDDocument()) {
			for (int i = 1; i <= 5; i++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
					content.newLineAtOffset(72, 700);
					content.showText("drawing page " + i);
					content.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
		image.getGraphics().fillRect(50, 50, 100, 100);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
