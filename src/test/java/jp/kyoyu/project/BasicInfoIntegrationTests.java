package jp.kyoyu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * The exported 基本情報 (G-5, issue #16: the erasure date is in the basic info export, so the contractor can report
 * it to the supervisor): JSON, CSV and PDF carry the items, the members with their roles and the erasure date with
 * its basis; a date an administrator moves shows with the new basis; non-members get 404, administrators the
 * export; once the project is erased every form answers 404 in Japanese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BasicInfoIntegrationTests {

	@LocalServerPort
	int port;

	JsonApi api;

	@BeforeEach
	void client() {
		api = new JsonApi(port) {
		};
	}

	private long project(String name) throws Exception {
		return new ProjectFixtures(api).worksNamedExactly(name)
			.period("2026-06-01", "2027-03-15")
			.contractorName("基本情報建設株式会社")
			.with("projectNumber", "R8-基-001")
			.member("genba", "SITE_AGENT")
			.create();
	}

	@Test
	void theContractorExportsTheBasicInfoWithTheErasureDateAndItsBasis() throws Exception {
		String name = "基本情報テスト " + ProjectFixtures.unique();
		long project = project(name);

		HttpResponse<String> answer = api.get("/api/v1/projects/" + project + "/basic-info", "genba");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode info = api.read(answer);
		assertThat(info.get("name").asText()).isEqualTo(name);
		assertThat(item(info, "name")).isEqualTo("工事名称=" + name);
		assertThat(item(info, "projectNumber")).isEqualTo("工事番号=R8-基-001");
		assertThat(item(info, "contractorName")).isEqualTo("受注者名=基本情報建設株式会社");
		assertThat(item(info, "periodEnd")).isEqualTo("工期終了日=2027-03-15");
		assertThat(members(info)).containsExactlyInAnyOrder("sokatsu=総括監督員", "genba=現場代理人");
		JsonNode erasure = info.get("erasure");
		assertThat(erasure.get("erasureDate").asText()).as("contract end + 90 days").isEqualTo("2027-06-13");
		assertThat(erasure.get("retentionDays").asInt()).isEqualTo(90);
		assertThat(erasure.get("setByAdministrator").asBoolean()).isFalse();
		assertThat(erasure.get("basis").asText()).isEqualTo("契約終了日（2027-03-15）の90日後（保存期間の既定）");

		HttpResponse<byte[]> csv = api.bytes("/api/v1/projects/" + project + "/basic-info.csv", "genba");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).as("UTF-8 with BOM, for Excel").startsWith("\uFEFF項目,内容\r\n");
		assertThat(text).contains("工事名称," + name + "\r\n", "参加者（現場代理人）,",
				"データ消去予定日,2027-06-13\r\n", "消去日の根拠,契約終了日（2027-03-15）の90日後（保存期間の既定）\r\n",
				"保存期間（契約終了後）,90日\r\n");

		// An administrator moves the date: the export states the new date and that it was set, not computed.
		HttpResponse<String> moved = api.send("PUT", "/api/v1/projects/" + project + "/erasure", "admin",
				Map.of("erasureDate", "2027-07-01", "reason", "完成検査の延期"));
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		erasure = api.read(api.get("/api/v1/projects/" + project + "/basic-info", "genba")).get("erasure");
		assertThat(erasure.get("erasureDate").asText()).isEqualTo("2027-07-01");
		assertThat(erasure.get("setByAdministrator").asBoolean()).isTrue();
		assertThat(erasure.get("basis").asText()).isEqualTo("管理者が設定した日付（契約終了日 2027-03-15 以降）");

		HttpResponse<byte[]> pdf = api.bytes("/api/v1/projects/" + project + "/basic-info.pdf", "genba");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDRectangle size = document.getPage(0).getMediaBox();
			assertThat(size.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
			assertThat(size.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
			String printed = new PDFTextStripper().getText(document);
			assertThat(printed).contains("工事基本情報", name, "受注者名: 基本情報建設株式会社",
					"参加者（総括監督員）", "データ消去予定日: 2027-07-01", "管理者が設定した日付", "再現できなくなります");
		}

		// the project page offers both downloads to the member
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login("genba", JsonApi.PASSWORD);
		String page = browser.get("/projects/" + project).body();
		assertThat(page).contains("/api/v1/projects/" + project + "/basic-info.csv",
				"/api/v1/projects/" + project + "/basic-info.pdf", "基本情報（CSV）");
	}

	@Test
	void onlyMembersAndAdministratorsGetIt() throws Exception {
		long project = project("基本情報権限 " + ProjectFixtures.unique());
		for (String path : List.of("", ".csv", ".pdf")) {
			String url = "/api/v1/projects/" + project + "/basic-info" + path;
			HttpResponse<String> refused = api.get(url, "tanto");
			assertThat(refused.statusCode()).as("a user of no part in it: " + url).isEqualTo(404);
			assertThat(refused.body()).contains("見つかりません");
			assertThat(api.bytes(url, "admin").statusCode()).as("an administrator: " + url).isEqualTo(200);
			assertThat(api.bytes(url, "sokatsu").statusCode()).as("a member: " + url).isEqualTo(200);
		}
		assertThat(api.get("/api/v1/projects/999999999/basic-info", "admin").statusCode()).isEqualTo(404);
	}

	@Test
	void anErasedProjectHasNoBasicInfoAnyMore() throws Exception {
		String name = "基本情報消去 " + ProjectFixtures.unique();
		long project = project(name);
		assertThat(api.get("/api/v1/projects/" + project + "/basic-info", "genba").statusCode()).isEqualTo(200);

		HttpResponse<String> run = api.send("POST", "/api/v1/projects/" + project + "/erasure/run", "admin",
				Map.of("confirmName", name, "reason", "契約終了"));
		assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(20)).dontCatchUncaughtExceptions()
			.until(() -> api.read(api.get("/api/v1/projects/" + project + "/erasure", "admin")).get("status")
				.asText()
				.equals("ERASED"));

		for (String path : List.of("", ".csv", ".pdf")) {
			for (String user : List.of("genba", "admin")) {
				HttpResponse<String> gone = api.get("/api/v1/projects/" + project + "/basic-info" + path, user);
				assertThat(gone.statusCode()).as(user + " " + path).isEqualTo(404);
				assertThat(gone.body()).as("a Japanese message").containsPattern("[ぁ-んァ-ン一-龥]");
				assertThat(gone.body()).doesNotContain(name);
			}
		}
	}

	private static String item(JsonNode info, String field) {
		for (JsonNode item : info.get("items")) {
			if (item.get("field").asText().equals(field)) {
				return item.get("label").asText() + "=" + item.get("value").asText();
			}
		}
		return null;
	}

	private static List<String> members(JsonNode info) {
		List<String> members = new ArrayList<>();
		info.get("members").forEach(member -> members.add(member.get("userId").asText() + "="
				+ member.get("roleLabel").asText()));
		return members;
	}
}
