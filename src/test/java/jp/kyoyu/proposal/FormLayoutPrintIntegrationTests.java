package jp.kyoyu.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.PdfGlyphs;
import jp.kyoyu.support.ProjectFixtures;

/**
 * Document types beyond the meeting records printed in their own form's layout (issue #22), read back through
 * PDFBox: the official title on top, the form's sections from top to bottom in the order of the 様式, the answer part
 * (処理・回答 or 確認結果) below the request, and the stamp columns of both sides at the foot, left to right as on
 * paper - 総括監督員・主任監督員・監督員 | 現場代理人・主任技術者 for works, with 業務担当員 and 管理技術者・照査技術者
 * for services.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormLayoutPrintIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theMaterialConfirmationPrintsItsMaterialThenTheResultBlockThenBothSidesStamps() throws Exception {
		JsonApi api = new JsonApi(port) {
		};
		long project = new ProjectFixtures(api).works("材料確認の様式").contractorName("株式会社様式建設")
			.member("genba", "SITE_AGENT").create();
		PdfGlyphs page = print(api, project, "genba", "materialConfirmation", "生コンクリートの材料確認",
				Map.of("materialName", "生コンクリート 24-8-40BB", "specification", "JIS A 5308", "quantity", 120,
						"unit", "m3", "manufacturer", "共有生コン株式会社", "inspectionMethod", "DOCUMENTS",
						"content", "配合計画書のとおり。"));

		assertThat(page.text).contains("材料確認願", "生コンクリートの材料確認", "生コンクリート 24-8-40BB", "JIS A 5308",
				"共有生コン株式会社", "株式会社様式建設", "■資料（試験成績表・カタログ等）", "□見本", "□現物", "□合格", "□不合格");
		assertThat(page.text).as("no generic ■ list of fields").doesNotContain("■ 材料名");
		page.inOrderFromTop("材料確認願", "工事名", "受注者名", "現場代理人", "材料名", "品質・規格", "確認方法", "備考",
				"添付", "確認結果", "監督員の所見", "総括監督員");
		page.sideBySide("総括監督員", "主任監督員", "監督員", "現場代理人", "主任技術者");
	}

	@Test
	void theConstructionSystemRegisterTicksEveryPaperChosenAndHasTheAnswerLineOfTheAgency() throws Exception {
		JsonApi api = new JsonApi(port) {
		};
		long project = new ProjectFixtures(api).works("施工体制の様式").contractorName("株式会社様式建設")
			.member("genba", "SITE_AGENT").create();
		PdfGlyphs page = print(api, project, "genba", "constructionSystemRegister", "施工体制台帳の提出",
				Map.of("submissionKind", "INITIAL", "documents", List.of("REGISTER", "SUBCONTRACT_COPY"),
						"subcontractors", "一次 株式会社水路工業（水路工）"));

		assertThat(page.text).contains("施工体制台帳・施工体系図 提出", "■当初", "□変更", "■施工体制台帳", "□施工体系図",
				"□再下請負通知書", "■下請契約書の写し", "一次 株式会社水路工業（水路工）", "上記について", "□受理", "□指示");
		page.inOrderFromTop("施工体制台帳・施工体系図 提出", "工事名", "提出の区分", "変更の理由", "提出する書類", "備考", "添付",
				"処理・回答", "総括監督員");
		page.sideBySide("総括監督員", "主任監督員", "監督員", "現場代理人", "主任技術者");
	}

	@Test
	void theVerificationReportOfAServiceHasTheServiceStampColumns() throws Exception {
		JsonApi api = new JsonApi(port) {
		};
		long project = new ProjectFixtures(api).service("照査の様式").contractorName("株式会社様式コンサルタント")
			.member("gyomu", "MANAGING_ENGINEER").create();
		PdfGlyphs page = print(api, project, "gyomu", "verificationReport", "基本設計の照査",
				Map.of("verifierName", "照査 花子", "verificationStage", "BASIC", "result", "設計条件を照査し、誤りはなかった。"));

		assertThat(page.text).contains("照査報告書", "照査 花子", "■基本条件の照査", "□細部条件の照査", "設計条件を照査し、誤りはなかった。",
				"□受理", "□修正を指示");
		page.inOrderFromTop("照査報告書", "業務名", "業務番号", "受注者名", "照査技術者", "照査の段階", "照査の結果", "添付",
				"処理・回答", "総括監督員");
		page.sideBySide("総括監督員", "主任監督員", "監督員", "業務担当員", "管理技術者", "照査技術者");
	}

	/** Saves a draft of {@code type} and reads page 1 of its PDF as its author downloads it. */
	private static PdfGlyphs print(JsonApi api, long project, String author, String type, String title,
			Map<String, Object> fields) throws Exception {
		HttpResponse<String> created = api.send("POST", "/api/v1/projects/" + project + "/proposals", author,
				Map.of("type", type, "title", title, "fields", fields));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode draft = api.json.readTree(created.body());
		HttpResponse<byte[]> pdf = api.bytes("/api/v1/proposals/" + draft.get("id").asLong() + "/pdf", author);
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getNumberOfPages()).as(type + " fits its one page").isEqualTo(1);
			return new PdfGlyphs(document);
		}
	}
}
