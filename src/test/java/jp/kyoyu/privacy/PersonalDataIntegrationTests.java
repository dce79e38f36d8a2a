package jp.kyoyu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.support.TextPdfs;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * G-2 「秘匿性の高い個人情報を扱わない」 over HTTP: an individual number or a card number in a post, a reply, a proposal's
 * title or field, or inside an uploaded PDF, Excel or Word file is refused with 400 saying why and where; the
 * administrator's switch lets it through; the audit trail records each refusal without the number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonalDataIntegrationTests {

	/** Valid: the check digit of 12345678901 is 8. */
	static final String MY_NUMBER = "123456789018";

	/** The same eleven digits with a wrong check digit: an ordinary number. */
	static final String NOT_MY_NUMBER = "123456789012";

	/** A Visa test number; passes Luhn. */
	static final String CARD = "4111 1111 1111 1111";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	JsonApi api;

	long projectId;

	@BeforeEach
	void project() throws Exception {
		api = new JsonApi(port) {
		};
		projectId = new ProjectFixtures(api).works("個人情報")
			.member("kantoku", "SUPERVISOR")
			.member("genba", "SITE_AGENT")
			.create();
	}

	@AfterEach
	void bothChecksOnAgain() throws Exception {
		api.send("PUT", "/api/v1/admin/personal-data-checks", "admin", Map.of("MY_NUMBER", true, "PAYMENT_CARD", true));
	}

	@Test
	void aPostWithAnIndividualNumberIsRefusedAndOneWithAWrongCheckDigitIsNot() throws Exception {
		HttpResponse<String> refused = post("工程の連絡", "担当者の個人番号は " + MY_NUMBER + " です。");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"body\"").contains("「本文」").contains("マイナンバー")
			.contains("秘匿性の高い個人情報").doesNotContain(MY_NUMBER);

		assertThat(post("工程の連絡", "契約番号は " + NOT_MY_NUMBER + " です。").statusCode()).isEqualTo(201);
	}

	@Test
	void aCardNumberIsRefusedInAPostTitleAndInAReply() throws Exception {
		HttpResponse<String> refused = post("カード " + CARD, "本文");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"title\"").contains("「件名」").contains("クレジットカード番号");

		long postId = api.read(post("連絡", "本文")).get("id").asLong();
		HttpResponse<String> reply = api.send("POST", "/api/v1/posts/" + postId + "/replies", "genba",
				Map.of("body", "カードは 5555-5555-5555-4444 です"));
		assertThat(reply.statusCode()).isEqualTo(400);
		assertThat(reply.body()).contains("「返信」").contains("クレジットカード番号");
	}

	@Test
	void aCardNumberIsRefusedInAProposalFieldAndTitle() throws Exception {
		HttpResponse<String> inField = api.send("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", "打合せ", "fields", Map.of("content", "支払は " + CARD)));
		assertThat(inField.statusCode()).isEqualTo(400);
		assertThat(inField.body()).contains("\"field\":\"content\"").contains("「内容」").contains("クレジットカード番号");

		long id = api.read(api.send("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", "打合せ"))).get("id").asLong();
		HttpResponse<String> inTitle = api.send("PUT", "/api/v1/proposals/" + id, "genba",
				Map.of("title", "番号 " + MY_NUMBER, "fields", Map.of("content", "通常の内容")));
		assertThat(inTitle.statusCode()).isEqualTo(400);
		assertThat(inTitle.body()).contains("「件名」").contains("マイナンバー");
	}

	@Test
	void numbersInsideUploadedPdfExcelAndWordFilesAreRefusedNamingFileAndPlace() throws Exception {
		long postId = api.read(post("添付", "本文")).get("id").asLong();
		String attachments = "/api/v1/posts/" + postId + "/attachments";

		HttpResponse<String> pdf = upload(attachments, "見積書.pdf", TextPdfs.withPages("Page one: nothing", "Card " + CARD));
		assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(400);
		assertThat(pdf.body()).contains("ファイル「見積書.pdf」の2ページ目").contains("クレジットカード番号");

		HttpResponse<String> xlsx = upload(attachments, "名簿.xlsx", xlsx("名簿", MY_NUMBER));
		assertThat(xlsx.statusCode()).as(xlsx.body()).isEqualTo(400);
		assertThat(xlsx.body()).contains("ファイル「名簿.xlsx」のシート「名簿」のセルB3").contains("マイナンバー");

		HttpResponse<String> docx = upload(attachments, "依頼書.docx", docx("カード番号 " + CARD));
		assertThat(docx.statusCode()).as(docx.body()).isEqualTo(400);
		assertThat(docx.body()).contains("ファイル「依頼書.docx」").contains("クレジットカード番号");

		assertThat(upload(attachments, "普通の見積書.pdf", TextPdfs.withPages("Contract No. " + NOT_MY_NUMBER)).statusCode()).isEqualTo(201);
	}

	@Test
	void switchedOffByTheAdministratorTheNumberIsAcceptedAndOnlyTheAdministratorMaySwitch() throws Exception {
		HttpResponse<String> byMember = api.send("PUT", "/api/v1/admin/personal-data-checks", "kantoku",
				Map.of("PAYMENT_CARD", false));
		assertThat(byMember.statusCode()).isEqualTo(403);
		assertThat(post("カード " + CARD, "本文").statusCode()).isEqualTo(400);

		HttpResponse<String> off = api.send("PUT", "/api/v1/admin/personal-data-checks", "admin",
				Map.of("PAYMENT_CARD", false));
		assertThat(off.statusCode()).isEqualTo(200);
		assertThat(off.body()).contains("\"PAYMENT_CARD\":false").contains("\"MY_NUMBER\":true");
		assertThat(post("カード " + CARD, "本文").statusCode()).isEqualTo(201);
		assertThat(post("番号", MY_NUMBER).statusCode()).as("the other kind is still checked").isEqualTo(400);

		HttpResponse<String> unknown = api.send("PUT", "/api/v1/admin/personal-data-checks", "admin",
				Map.of("PASSPORT", false));
		assertThat(unknown.statusCode()).isEqualTo(400);
	}

	@Test
	void everyRefusalIsAuditedWithoutTheNumber() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		assertThat(post("監査 " + marker, "番号 " + MY_NUMBER).statusCode()).isEqualTo(400);
		List<Map<String, Object>> entries = jdbc.queryForList(
				"select actor, action, target, detail, succeeded from audit_entry where action = 'privacy.refused'"
						+ " and target = ? order by id desc", "project:" + projectId);
		assertThat(entries).hasSize(1);
		Map<String, Object> entry = entries.get(0);
		assertThat(entry.get("ACTOR")).isEqualTo("genba");
		assertThat(entry.get("DETAIL").toString()).contains("個人番号（マイナンバー）").contains("「本文」");
		assertThat(entry.get("SUCCEEDED")).isEqualTo(false);
		assertThat(entry.toString()).doesNotContain(MY_NUMBER).doesNotContain("1234").doesNotContain("9018");
	}

	HttpResponse<String> post(String title, String body) throws Exception {
		return api.send("POST", "/api/v1/projects/" + projectId + "/posts", "genba", Map.of("title", title, "body", body));
	}

	HttpResponse<String> upload(String path, String name, byte[] content) throws Exception {
		return api.multipart(path, "genba", Map.of(), Map.of(name, content));
	}

	static byte[] xlsx(String sheetName, String value) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet(sheetName);
			sheet.createRow(0).createCell(0).setCellValue("氏名");
			sheet.createRow(2).createCell(1).setCellValue(value);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static byte[] docx(String text) throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
	}
}
