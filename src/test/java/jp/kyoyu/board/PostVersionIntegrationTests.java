package jp.kyoyu.board;

import static jp.kyoyu.support.Versions.STALE;
import static jp.kyoyu.support.Versions.assertStale;
import static jp.kyoyu.support.Versions.etag;
import static jp.kyoyu.support.Versions.form;
import static jp.kyoyu.support.Versions.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;

/** No lost update on board posts (issue #15): ETag / If-Match on the API, the version in the edit form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostVersionIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aStaleIfMatchIsRefusedAndAFreshOneWorks() throws Exception {
		BoardApi api = new BoardApi(port);
		long id = api.post(api.project("版の確認"), "kantoku", "版の確認", List.of());
		String path = "/api/v1/posts/" + id;
		assertThat(etag(api.get(path, "kantoku"))).isEqualTo("\"0\"");

		HttpResponse<String> changed = send(api, "PUT", path, "kantoku", "\"0\"", Map.of("title", "一回目", "body", "本文一"));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
		assertThat(etag(changed)).isEqualTo("\"1\"");

		assertStale(send(api, "PUT", path, "kantoku", "\"0\"", Map.of("title", "古い版から", "body", "本文二")), 412);
		assertStale(send(api, "DELETE", path, "kantoku", "\"0\"", null), 412);
		HttpResponse<String> after = api.get(path, "kantoku");
		assertThat(api.read(after).get("title").asText()).isEqualTo("一回目");
		assertThat(etag(after)).isEqualTo("\"1\"");

		assertThat(send(api, "DELETE", path, "kantoku", "\"1\"", null).statusCode()).isEqualTo(204);
		assertThat(api.get(path, "kantoku").statusCode()).isEqualTo(404);
	}

	@Test
	void aStaleEditFormShowsTheMessageAndKeepsWhatWasTyped() throws Exception {
		BoardApi api = new BoardApi(port);
		long id = api.post(api.project("画面の版"), "kantoku", "画面の版", List.of());
		BrowserlessClient kantoku = new BrowserlessClient(port);
		kantoku.login("kantoku", JsonApi.PASSWORD);
		String edit = "/board/posts/" + id + "/edit";
		assertThat(kantoku.get(edit).body()).contains("name=\"version\" value=\"0\"");
		assertThat(send(api, "PUT", "/api/v1/posts/" + id, "kantoku", null, Map.of("title", "別の画面で変更", "body", "先の変更"))
			.statusCode()).isEqualTo(204);

		HttpResponse<String> stale = kantoku.submit(edit, edit,
				form(Map.of("title", "画面で入力した件名", "body", "画面で入力した本文", "version", "0")));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains(STALE, "画面で入力した件名", "画面で入力した本文", "name=\"version\" value=\"0\"");
		assertThat(api.read(api.get("/api/v1/posts/" + id, "kantoku")).get("title").asText()).isEqualTo("別の画面で変更");

		HttpResponse<String> fresh = kantoku.submit(edit, edit,
				form(Map.of("title", "最新版から変更", "body", "画面で入力した本文", "version", "1")));
		assertThat(fresh.statusCode()).isEqualTo(302);
		assertThat(api.read(api.get("/api/v1/posts/" + id, "kantoku")).get("title").asText()).isEqualTo("最新版から変更");
	}
}
