package jp.kyoyu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/** The pages: tree and list from the project page, folder forms, register errors that keep the input, document page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentPagesIntegrationTests {

	@LocalServerPort
	int port;

	DocumentApi api;

	BrowserlessClient browser;

	@BeforeEach
	void client() {
		api = new DocumentApi(port);
		browser = new BrowserlessClient(port);
		browser.login("genba", DocumentApi.PASSWORD);
	}

	@Test
	void foldersAreMadeRenamedAndDeletedFromThePages() throws Exception {
		long project = api.project("WORKS", "書類画面");
		assertThat(browser.get("/projects/" + project).body()).contains("/projects/" + project + "/documents");
		String list = "/projects/" + project + "/documents";
		assertThat(browser.get(list).body()).contains("打合せ簿").contains("出来形管理").contains("書類を登録");

		HttpResponse<String> made = browser.submit(list, "/projects/" + project + "/folders", "name=" + enc("7月分") + "&parentId=");
		assertThat(made.statusCode()).isEqualTo(302);
		long folder = Long.parseLong(made.headers().firstValue("Location").orElseThrow().replaceAll(".*folder=", ""));
		long inner = api.folder(project, "中旬", folder);
		assertThat(browser.get(list + "?folder=" + folder).body()).contains("7月分").contains("中旬");

		HttpResponse<String> cycle = browser.submit("/folders/" + folder + "/edit", "/folders/" + folder + "/edit",
				"name=" + enc("7月分（改）") + "&parentId=" + inner);
		assertThat(cycle.statusCode()).isEqualTo(200);
		assertThat(cycle.body()).contains("その中のフォルダへは移動できません").contains("value=\"7月分（改）\"");

		api.document(inner, "genba", "7月の書類", "その他", "2026-07-10", "a.txt", "a");
		HttpResponse<String> ask = browser.submit(list, "/folders/" + folder + "/delete", "");
		assertThat(ask.statusCode()).isEqualTo(200);
		assertThat(ask.body()).contains("フォルダが1件、書類が1件あります").contains("中身ごと削除する");
		assertThat(api.topNames(project, "genba")).contains("7月分");
		HttpResponse<String> gone = browser.submit(list, "/folders/" + folder + "/delete", "confirmed=true");
		assertThat(gone.statusCode()).isEqualTo(302);
		assertThat(api.topNames(project, "genba")).doesNotContain("7月分");
	}

	@Test
	void aRegistrationWithErrorsShowsThemAndKeepsWhatWasTyped() throws Exception {
		long project = api.project("WORKS", "登録画面");
		long folder = api.folderId(project, "施工計画");
		String form = "/projects/" + project + "/documents/new?folder=" + folder;
		assertThat(browser.get(form).body()).contains("施工計画").contains("document-upload.js").contains("施工計画書");
		HttpResponse<String> page = browser.submit(form, "/projects/" + project + "/documents",
				"folderId=" + folder + "&title=" + enc("入力した件名") + "&category=&date=2026-13-01");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("区分を入力してください").contains("実在する日").contains("ファイルを1つ以上")
			.contains("value=\"入力した件名\"").contains("value=\"2026-13-01\"");
	}

	@Test
	void theDocumentPageShowsFilesToViewOrDownload() throws Exception {
		long project = api.project("WORKS", "書類ページ");
		JsonNode document = api.document(api.folderId(project, "写真"), "genba", "着工前写真", "写真", "2026-06-02",
				"着工前.pdf", "%PDF-1.4");
		String page = browser.get("/documents/" + document.get("id").asLong()).body();
		assertThat(page).contains("着工前写真").contains("着工前.pdf").contains("inline=true").contains("ブラウザで表示")
			.contains("承認記録はありません");
		// the shared file-size style (issue #22): the 8 bytes of "%PDF-1.4" read 「8 バイト」, not 「8 B」
		assertThat(page).contains(">8 バイト<").doesNotContain(">8 B<");
		String listed = browser.get("/projects/" + project + "/documents?q=" + enc("着工前")).body();
		assertThat(listed).contains("着工前写真").contains("documents.csv?q=");
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
