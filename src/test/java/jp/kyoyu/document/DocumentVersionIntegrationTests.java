package jp.kyoyu.document;

import static jp.kyoyu.support.Versions.STALE;
import static jp.kyoyu.support.Versions.assertStale;
import static jp.kyoyu.support.Versions.etag;
import static jp.kyoyu.support.Versions.form;
import static jp.kyoyu.support.Versions.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;

/** No lost update on folders and documents (issue #15): ETag / If-Match on the API, the version in the forms. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentVersionIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aFolderIsRenamedOnlyFromItsCurrentVersion() throws Exception {
		DocumentApi api = new DocumentApi(port);
		long projectId = api.project("WORKS", "フォルダの版");
		long folderId = api.folder(projectId, "版の確認", null);
		String path = "/api/v1/folders/" + folderId;
		assertThat(etag(api.get(path, "genba"))).isEqualTo("\"0\"");

		HttpResponse<String> renamed = send(api, "PUT", path, "genba", "\"0\"", Map.of("name", "一回目"));
		assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
		assertThat(etag(renamed)).isEqualTo("\"1\"");
		assertThat(api.read(renamed).get("version").asLong()).isEqualTo(1);

		assertStale(send(api, "PUT", path, "genba", "\"0\"", Map.of("name", "古い版から")), 412);
		assertStale(send(api, "DELETE", path, "genba", "\"0\"", null), 412);
		assertThat(api.read(api.get(path, "genba")).get("name").asText()).isEqualTo("一回目");
		assertThat(send(api, "DELETE", path, "genba", "\"1\"", null).statusCode()).isEqualTo(204);
		assertThat(api.get(path, "genba").statusCode()).isEqualTo(404);
	}

	@Test
	void aDocumentIsMovedOrDeletedOnlyFromItsCurrentVersion() throws Exception {
		DocumentApi api = new DocumentApi(port);
		long projectId = api.project("WORKS", "書類の版");
		long from = api.folder(projectId, "移動元", null);
		long to = api.folder(projectId, "移動先", null);
		long id = api.document(from, "genba", "版の確認書類", "打合せ簿", "2026-06-01", "memo.txt", "内容").get("id").asLong();
		String path = "/api/v1/documents/" + id;
		assertThat(etag(api.get(path, "genba"))).isEqualTo("\"0\"");

		HttpResponse<String> moved = send(api, "PUT", path, "genba", "\"0\"", Map.of("folderId", to));
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		assertThat(etag(moved)).isEqualTo("\"1\"");

		assertStale(send(api, "PUT", path, "genba", "\"0\"", Map.of("folderId", from)), 412);
		assertStale(send(api, "DELETE", path, "genba", "\"0\"", null), 412);
		assertThat(api.read(api.get(path, "genba")).get("folderId").asLong()).isEqualTo(to);
		assertThat(send(api, "DELETE", path, "genba", "\"1\"", null).statusCode()).isEqualTo(204);
	}

	@Test
	void aStaleFolderFormShowsTheMessageAndKeepsTheTypedName() throws Exception {
		DocumentApi api = new DocumentApi(port);
		long projectId = api.project("WORKS", "フォルダ画面の版");
		long folderId = api.folder(projectId, "画面の版", null);
		BrowserlessClient genba = new BrowserlessClient(port);
		genba.login("genba", JsonApi.PASSWORD);
		String edit = "/folders/" + folderId + "/edit";
		assertThat(genba.get(edit).body()).contains("name=\"version\" value=\"0\"");
		assertThat(send(api, "PUT", "/api/v1/folders/" + folderId, "genba", null, Map.of("name", "別の画面で変更"))
			.statusCode()).isEqualTo(200);

		HttpResponse<String> stale = genba.submit(edit, edit, form(Map.of("name", "画面で入力した名前", "version", "0")));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains(STALE, "画面で入力した名前", "name=\"version\" value=\"0\"");
		assertThat(api.read(api.get("/api/v1/folders/" + folderId, "genba")).get("name").asText()).isEqualTo("別の画面で変更");

		HttpResponse<String> fresh = genba.submit(edit, edit, form(Map.of("name", "最新版から変更", "version", "1")));
		assertThat(fresh.statusCode()).isEqualTo(302);
		assertThat(api.read(api.get("/api/v1/folders/" + folderId, "genba")).get("name").asText()).isEqualTo("最新版から変更");
	}
}
