package jp.kyoyu.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/**
 * The export page as a user meets it: the project links to it, it lists the folders to choose, a deliverable
 * with problems shows the checker's list in Japanese and offers the override, whose empty reason is refused with
 * the typed choices kept; a ZIP export ends with a download link. Non-members get 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void genbaStartsADeliverableSeesWhatToFixAndCannotOverrideWithoutAReason() throws Exception {
		DeliveryApi api = new DeliveryApi(port);
		long project = api.project("出力画面工事", false);
		long meet = api.folderId(project, "打合せ簿");
		api.document(meet, "第１回協議", "協議書.pdf", "%PDF".getBytes());
		BrowserlessClient genba = new BrowserlessClient(port);
		genba.login("genba", DeliveryApi.PASSWORD);

		// The seed's name of the function (本文4): 工事 → 工事関係書類出力機能 on the project page and the export page
		assertThat(genba.get("/projects/" + project).body()).contains("/projects/" + project + "/exports", "工事関係書類出力機能");
		String page = genba.get("/projects/" + project + "/exports").body();
		assertThat(page).contains("<h1>工事関係書類出力機能</h1>", "電子成果品", "打合せ簿", "name=\"folderIds\" id=\"folder-" + meet + "\" value=\"" + meet + "\"");

		HttpResponse<String> started = genba.submit("/projects/" + project + "/exports", "/projects/" + project + "/exports",
				"kind=DELIVERABLE&folderIds=" + meet + "&destination=DOWNLOAD");
		assertThat(started.statusCode()).isEqualTo(302);
		String detailPath = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		String detail = until(genba, detailPath, "失敗");
		assertThat(detail).contains("必須項目が空", "工事基本情報の「発注者コード」が入力されていません。",
				"書類「第１回協議」（打合せ簿）の件名の2文字目の「１」は全角の英数字です。半角で入力してください。",
				"理由を記録して出力する", "name=\"folderIds\" value=\"" + meet + "\"");

		HttpResponse<String> noReason = genba.submit(detailPath, "/projects/" + project + "/exports",
				"kind=DELIVERABLE&folderIds=" + meet + "&destination=DOWNLOAD&override=true&overrideReason=");
		assertThat(noReason.statusCode()).isEqualTo(200);
		assertThat(noReason.body()).contains("チェックの指摘があるまま出力する理由を入力してください（記録に残ります）。")
			.containsPattern("id=\"kind-DELIVERABLE\"[^>]*checked")
			.containsPattern("value=\"" + meet + "\"[^>]*checked");

		HttpResponse<String> zip = genba.submit("/projects/" + project + "/exports", "/projects/" + project + "/exports",
				"kind=ZIP&destination=DOWNLOAD");
		String zipPath = zip.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(until(genba, zipPath, "完了")).contains("/api/v1/exports/", "/file", "ダウンロード");

		BrowserlessClient shunin = new BrowserlessClient(port);
		shunin.login("shunin", DeliveryApi.PASSWORD);
		assertThat(shunin.get(detailPath).statusCode()).isEqualTo(404);
		assertThat(shunin.get("/projects/" + project + "/exports").statusCode()).isEqualTo(404);
	}

	@Test
	void aServicesProjectPageUsesTheSeedsNameAndWarnsBeforeExportAboutDocumentsTheDeliverableLeavesOut()
			throws Exception {
		DeliveryApi api = new DeliveryApi(port);
		long project = new jp.kyoyu.support.ProjectFixtures(api).service("出力画面業務").member("gyomu", "MANAGING_ENGINEER")
			.create();
		long own = api.read(api.send("POST", "/api/v1/projects/" + project + "/folders", "gyomu",
				java.util.Map.of("name", "個人メモ"))).get("id").asLong();
		api.document(api.folderId(project, "測量", "gyomu"), "基準点測量成果表", "成果表.pdf", "%PDF".getBytes(), "gyomu");
		api.document(own, "現地踏査の下書き", "下書き.pdf", "%PDF".getBytes(), "gyomu");
		BrowserlessClient gyomu = new BrowserlessClient(port);
		gyomu.login("gyomu", DeliveryApi.PASSWORD);

		assertThat(gyomu.get("/projects/" + project).body()).contains("業務関係書類出力機能").doesNotContain("工事関係書類出力機能");
		String page = gyomu.get("/projects/" + project + "/exports").body();
		assertThat(page).contains("<h1>業務関係書類出力機能</h1>", "id=\"left-out\"",
				"電子成果品を出力すると、次の1件の書類は含まれません",
				"個人メモ：書類「現地踏査の下書き」は成果品のどのフォルダにも当たらないため、成果品には含めません。")
			.doesNotContain("基準点測量成果表」は成果品のどのフォルダにも当たらない");
	}

	/** Reloads the export page until its status reads {@code status} (at most a minute). */
	private static String until(BrowserlessClient client, String path, String status) {
		return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).dontCatchUncaughtExceptions()
			.alias(path + " reaches " + status)
			.until(() -> client.get(path).body(), body -> body.contains("<span id=\"status\">" + status + "</span>"));
	}
}
