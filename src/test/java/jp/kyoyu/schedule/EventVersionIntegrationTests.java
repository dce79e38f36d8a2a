package jp.kyoyu.schedule;

import static jp.kyoyu.support.Versions.STALE;
import static jp.kyoyu.support.Versions.assertStale;
import static jp.kyoyu.support.Versions.etag;
import static jp.kyoyu.support.Versions.form;
import static jp.kyoyu.support.Versions.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;

/** No lost update on schedule events (issue #15): ETag / If-Match on the API, the version in the edit form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventVersionIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aStaleIfMatchIsRefusedAndAFreshOneWorks() throws Exception {
		JsonApi api = new JsonApi(port) {
		};
		long id = newEvent(api, "版の確認");
		String path = "/api/v1/events/" + id;
		assertThat(etag(api.get(path, "genba"))).isEqualTo("\"0\"");

		HttpResponse<String> changed = send(api, "PUT", path, "genba", "\"0\"", event("一回目"));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(etag(changed)).isEqualTo("\"1\"");

		assertStale(send(api, "PUT", path, "genba", "\"0\"", event("古い版から")), 412);
		assertStale(send(api, "DELETE", path, "genba", "\"0\"", null), 412);
		HttpResponse<String> after = api.get(path, "genba");
		assertThat(api.read(after).get("title").asText()).isEqualTo("一回目");
		assertThat(etag(after)).isEqualTo("\"1\"");
		assertThat(send(api, "DELETE", path, "genba", "\"1\"", null).statusCode()).isEqualTo(204);
		assertThat(api.get(path, "genba").statusCode()).isEqualTo(404);
	}

	@Test
	void aStaleEditFormShowsTheMessageAndKeepsWhatWasTyped() throws Exception {
		JsonApi api = new JsonApi(port) {
		};
		long id = newEvent(api, "画面の版");
		BrowserlessClient genba = new BrowserlessClient(port);
		genba.login("genba", JsonApi.PASSWORD);
		String edit = "/schedule/events/" + id + "/edit";
		assertThat(genba.get(edit).body()).contains("name=\"version\" value=\"0\"");
		assertThat(send(api, "PUT", "/api/v1/events/" + id, "genba", null, event("別の画面で変更")).statusCode())
			.isEqualTo(200);

		Map<String, String> typed = new LinkedHashMap<>(Map.of("title", "画面で入力した件名", "startDate", "2026-12-09",
				"startTime", "13:00", "endDate", "2026-12-09", "endTime", "14:00", "place", "画面で入力した場所"));
		typed.put("version", "0");
		HttpResponse<String> stale = genba.submit(edit, edit, form(typed));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains(STALE, "画面で入力した件名", "画面で入力した場所", "name=\"version\" value=\"0\"");
		assertThat(api.read(api.get("/api/v1/events/" + id, "genba")).get("title").asText()).isEqualTo("別の画面で変更");

		typed.put("version", "1");
		assertThat(genba.submit(edit, edit, form(typed)).statusCode()).isEqualTo(302);
		assertThat(api.read(api.get("/api/v1/events/" + id, "genba")).get("title").asText()).isEqualTo("画面で入力した件名");
	}

	private long newEvent(JsonApi api, String title) throws Exception {
		HttpResponse<String> created = api.send("POST", "/api/v1/events", "genba", event(title));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return api.read(created).get("ids").get(0).asLong();
	}

	private static Map<String, Object> event(String title) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("title", title);
		event.put("start", "2026-12-08T10:00:00+09:00");
		event.put("end", "2026-12-08T11:00:00+09:00");
		event.put("allDay", false);
		event.put("projectIds", List.of());
		return event;
	}
}
