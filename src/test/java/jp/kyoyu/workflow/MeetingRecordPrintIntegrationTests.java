package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.identity.SealImages;
import jp.kyoyu.shared.DateStyle;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.PdfGlyphs;
import jp.kyoyu.support.TestImages;

/**
 * The 工事打合せ簿 printed in its form's layout (issue #22), after a real approval on Camunda: the chosen 発議事項
 * ticked, the attachments by name, the answer on the 発注者 line with its date, and the stamp columns filled from the
 * approval record - each approver's name under their column, 代理 in the absent supervisor's column, and a seal
 * image drawn in each stamped cell: the uploaded one (blue here) or the generated red name seal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeetingRecordPrintIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SealImages seals;

	WorkflowApi api;

	@BeforeEach
	void setUp() throws Exception {
		api = new WorkflowApi(port);
		for (String user : List.of("genba", "shunin", "kantoku")) {
			seals.remove(user);
		}
		seals.upload("sokatsu", TestImages.bluePng());
	}

	@AfterEach
	void tidy() {
		seals.remove("sokatsu");
		api.ok("PUT", "/api/v1/me/absences", "kantoku", List.of());
	}

	@Test
	void theMeetingRecordPrintsItsBoxesAndTheStampColumnsFromTheApprovalRecord() throws Exception {
		long project = api.worksProject();
		String title = "法面の協議 " + UUID.randomUUID().toString().substring(0, 6);
		long id = api.ok("POST", "/api/v1/projects/" + project + "/proposals", "genba", Map.of("type",
				"worksMeetingRecord", "title", title, "fields",
				Map.of("matter", "CONSULTATION", "content", "法面勾配を1:1.5から1:1.8に変更したく協議します。")))
			.get("id").asLong();
		JsonApi files = new JsonApi(port) {
		};
		Map<String, String> parts = new java.util.LinkedHashMap<>();
		parts.put("平面図.pdf", "%PDF-1.4 平面図");
		parts.put("現場写真.jpg", "jpeg");
		for (Map.Entry<String, String> part : parts.entrySet()) {
			assertThat(files.multipart("/api/v1/proposals/" + id + "/attachments", "genba", Map.of(),
					Map.of(part.getKey(), part.getValue().getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(201);
		}
		api.submit(id, "kantoku", "shunin", "sokatsu");
		api.absentToday("kantoku", "sokatsu");
		String deputyTask = null;
		for (JsonNode task : api.ok("GET", "/api/v1/tasks", "sokatsu", null)) {
			if (task.get("proposalId").asLong() == id) {
				deputyTask = task.get("id").asText();
			}
		}
		assertThat(deputyTask).as("kantoku's step offered to the deputy").isNotNull();
		assertThat(api.complete("sokatsu", deputyTask, Map.of("action", "APPROVE")).statusCode()).isEqualTo(200);
		assertThat(api.complete("shunin", api.task("shunin", id, "APPROVE"), Map.of("action", "APPROVE"))
			.statusCode()).isEqualTo(200);
		assertThat(api.complete("sokatsu", api.task("sokatsu", id, "APPROVE"),
				Map.of("action", "APPROVE", "answer", "変更を承諾します。")).statusCode()).isEqualTo(200);

		byte[] pdf = new JsonApi(port) {
		}.bytes("/api/v1/proposals/" + id + "/pdf", "genba").body();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).as("the form fits its one page").isEqualTo(1);
			PdfGlyphs glyphs = new PdfGlyphs(document);
			String text = glyphs.text;
			assertThat(text).contains("工事打合せ簿", title, "発議事項", "■協議", "□指示", "□承諾", "■受注者", "□発注者",
					"法面勾配を1:1.5から1:1.8に変更したく協議します。", "1. 平面図.pdf", "2. 現場写真.jpg", "処理・回答",
					"変更を承諾します。");
			assertThat(text).doesNotContain("（書類）");
			// genba keeps the default date style, 西暦 with slashes (issue #22); a 和暦 user's print shows 令和
			// (DateStylesIntegrationTests).
			String today = DateStyle.SEIREKI.date(LocalDate.now(ZoneId.of("Asia/Tokyo")));
			assertThat(text).contains(today);

			float general = glyphs.centre("総括監督員", 0);
			float senior = glyphs.centre("主任監督員", 0);
			float supervisor = glyphs.centre("監督員", glyphs.end("主任監督員", 0));
			float siteAgent = glyphs.centre("現場代理人", 0);
			assertThat(supervisor - senior).as("監督員 right of 主任監督員").isGreaterThan(50);
			assertThat(senior - general).isGreaterThan(50);
			assertThat(Math.abs(glyphs.centre("佐藤 総一", glyphs.end("総括監督員", 0)) - general))
				.as("sokatsu under 総括監督員").isLessThan(10);
			assertThat(Math.abs(glyphs.centre("鈴木 主税", glyphs.end("主任監督員", 0)) - senior))
				.as("shunin under 主任監督員").isLessThan(10);
			int deputyMark = glyphs.end("監督員", glyphs.end("主任監督員", 0));
			assertThat(Math.abs(glyphs.centre("佐藤 総一", deputyMark) - supervisor))
				.as("the deputy sokatsu stamped kantoku's column").isLessThan(10);
			assertThat(Math.abs(glyphs.x("代理", deputyMark) - supervisor)).as("代理 in the 監督員 column")
				.isLessThan(48);
			assertThat(Math.abs(glyphs.centre("伊藤 現", glyphs.end("現場代理人", 0)) - siteAgent))
				.as("the proposer genba under 現場代理人").isLessThan(10);

			Images images = new Images(document.getPage(0));
			assertThat(images.drawn).as("genba, sokatsu as deputy, shunin, sokatsu").hasSize(4);
			assertThat(images.at(general).colour()).as("sokatsu's uploaded seal").isEqualTo(Color.BLUE);
			assertThat(images.at(supervisor).colour()).as("the deputy stamps with their own seal").isEqualTo(Color.BLUE);
			assertThat(images.at(senior).isRed()).as("shunin uploaded none: the generated name seal").isTrue();
			assertThat(images.at(siteAgent).isRed()).isTrue();
			assertThat(images.at(general).top).as("the seal under the column's heading")
				.isLessThan(glyphs.y("総括監督員", 0));
		}
	}

	/** The images drawn on a page, where and how large. */
	private static final class Images extends PDFGraphicsStreamEngine {

		final List<Drawn> drawn = new ArrayList<>();

		record Drawn(float centreX, float top, PDImage image) {

			Color colour() throws IOException {
				BufferedImage pixels = image.getImage();
				return new Color(pixels.getRGB(pixels.getWidth() / 2, pixels.getHeight() / 2));
			}

			boolean isRed() throws IOException {
				BufferedImage pixels = image.getImage();
				int red = 0;
				for (int y = 0; y < pixels.getHeight(); y += 2) {
					for (int x = 0; x < pixels.getWidth(); x += 2) {
						Color c = new Color(pixels.getRGB(x, y));
						red += c.getRed() > 150 && c.getGreen() < 100 && c.getBlue() < 100 ? 1 : 0;
					}
				}
				return red > 100;
			}
		}

		Images(PDPage page) throws IOException {
			super(page);
			processPage(page);
		}

		Drawn at(float centreX) {
			return drawn.stream().filter(d -> Math.abs(d.centreX - centreX) < 10).findFirst()
				.orElseThrow(() -> new AssertionError("no image under x=" + centreX + " in " + drawn));
		}

		@Override
		public void drawImage(PDImage image) {
			Matrix m = getGraphicsState().getCurrentTransformationMatrix();
			drawn.add(new Drawn(m.getTranslateX() + m.getScalingFactorX() / 2, m.getTranslateY() + m.getScalingFactorY(),
					image));
		}

		// the rest of the page's drawing is not looked at
		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		}

		@Override
		public void clip(int windingRule) {
		}

		@Override
		public void moveTo(float x, float y) {
		}

		@Override
		public void lineTo(float x, float y) {
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		}

		@Override
		public Point2D getCurrentPoint() {
			return new Point2D.Float();
		}

		@Override
		public void closePath() {
		}

		@Override
		public void endPath() {
		}

		@Override
		public void strokePath() {
		}

		@Override
		public void fillPath(int windingRule) {
		}

		@Override
		public void fillAndStrokePath(int windingRule) {
		}

		@Override
		public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
		}
	}
}
