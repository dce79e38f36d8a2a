package jp.kyoyu.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/**
 * The pages (S4.13): the project's list shows matters and decision-stage proposals as separate categories with
 * their status, the matter page shows material, comments and files, and a form with errors keeps what was typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsultationPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theListShowsBothStagesSeparatelyWithTheirStatus() throws Exception {
		ConsultationApi api = new ConsultationApi(port);
		long projectId = api.project("事前打合せ 一覧");
		long open = api.matter(projectId, "gyomu", "まだ打合せ中の案件", "BOARD");
		api.comment(open, "tanto", "確認中です。");
		long done = api.matter(projectId, "gyomu", "発議した案件", "BOARD");
		long proposalId = api.json.readTree(api.send("POST", "/api/v1/consultations/" + done + "/proposal", "gyomu",
				Map.of("type", "serviceMeetingRecord")).body()).get("proposalId").asLong();

		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login("gyomu", ConsultationApi.PASSWORD);
		assertThat(browser.get("/projects/" + projectId).body()).contains("/projects/" + projectId + "/consultations");
		String list = browser.get("/projects/" + projectId + "/consultations").body();
		String matters = list.substring(list.indexOf("id=\"matter-list\""), list.indexOf("id=\"proposals\""));
		String proposals = list.substring(list.indexOf("id=\"proposal-list\""));
		assertThat(matters).contains("まだ打合せ中の案件").contains("回答あり").contains("発議した案件").contains("発議済")
			.contains("/consultations/" + open).contains("/proposals/" + proposalId);
		assertThat(proposals).contains("打合せ記録簿：発議した案件").contains("下書き")
			.contains("事前打合せ No." + done + " から").doesNotContain("まだ打合せ中の案件");

		String page = browser.get("/consultations/" + open).body();
		assertThat(page).contains("まだ打合せ中の案件 の資料です。").contains("確認中です。").contains("田中 担")
			.contains("回答あり").contains("打合せ記録簿");
		assertThat(browser.get("/consultations/" + done).body()).contains("/proposals/" + proposalId)
			.doesNotContain("id=\"comment\"");
	}

	@Test
	void aFormWithErrorsKeepsWhatWasTyped() {
		ConsultationApi api = new ConsultationApi(port);
		long projectId;
		try {
			projectId = api.project("事前打合せ 入力画面");
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login("tanto", ConsultationApi.PASSWORD);
		String form = "/projects/" + projectId + "/consultations/new";
		assertThat(browser.get(form).body()).contains("事前打合せの資料の登録");
		HttpResponse<String> refused = browser.submit(form, "/projects/" + projectId + "/consultations",
				"title=&body=" + URLEncoder.encode("測点No.5の横断を追加します。", StandardCharsets.UTF_8) + "&channel=MAIL");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("件名を入力してください。").contains("測点No.5の横断を追加します。")
			.containsPattern("value=\"MAIL\"[^>]*checked");
		HttpResponse<String> created = browser.submit(form, "/projects/" + projectId + "/consultations",
				"title=" + URLEncoder.encode("横断の追加", StandardCharsets.UTF_8) + "&body=b&channel=BOARD");
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(browser.get(created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
			.body()).contains("横断の追加").contains("事前打合せの資料を登録しました。");
	}
}
