package jp.kyoyu.project;

import static jp.kyoyu.support.Versions.STALE;
import static jp.kyoyu.support.Versions.assertStale;
import static jp.kyoyu.support.Versions.etag;
import static jp.kyoyu.support.Versions.form;
import static jp.kyoyu.support.Versions.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;

/** No lost update on a project's basic info (issue #15): ETag / If-Match on the API, the version in the form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectVersionIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aStaleIfMatchIsRefusedAndAFreshOneWorks() throws Exception {
		JsonApi api = new JsonApi(port) {
		};
		String name = "版の確認工事 " + UUID.randomUUID().toString().substring(0, 8);
		long id = api.read(api.send("POST", "/api/v1/projects", "sokatsu", project(name, true))).get("id").asLong();
		String path = "/api/v1/projects/" + id;
		String first = etag(api.get(path, "sokatsu"));

		HttpResponse<String> changed = send(api, "PUT", path, "sokatsu", first, project(name + " 一回目", false));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		String second = etag(changed);
		assertThat(second).isNotEqualTo(first);

		assertStale(send(api, "PUT", path, "sokatsu", first, project(name + " 古い版から", false)), 412);
		assertStale(send(api, "DELETE", path, "sokatsu", first, null), 412);
		HttpResponse<String> after = api.get(path, "sokatsu");
		assertThat(api.read(after).get("name").asText()).isEqualTo(name + " 一回目");
		assertThat(etag(after)).isEqualTo(second);
		assertThat(send(api, "DELETE", path, "sokatsu", second, null).statusCode()).isEqualTo(204);
	}

	@Test
	void aStaleBasicInfoFormShowsTheMessageAndKeepsWhatWasTyped() throws Exception {
		JsonApi api = new JsonApi(port) {
		};
		String name = "画面の版工事 " + UUID.randomUUID().toString().substring(0, 8);
		long id = api.read(api.send("POST", "/api/v1/projects", "sokatsu", project(name, true))).get("id").asLong();
		String version = api.read(api.get("/api/v1/projects/" + id, "sokatsu")).get("version").asText();
		BrowserlessClient sokatsu = new BrowserlessClient(port);
		sokatsu.login("sokatsu", JsonApi.PASSWORD);
		String edit = "/projects/" + id + "/edit";
		assertThat(sokatsu.get(edit).body()).contains("name=\"version\" value=\"" + version + "\"");
		assertThat(send(api, "PUT", "/api/v1/projects/" + id, "sokatsu", null, project(name + " 別の画面", false))
			.statusCode()).isEqualTo(200);

		Map<String, String> typed = new LinkedHashMap<>(Map.of("kind", "WORKS", "fiscalYear", "2026", "name",
				name + " 画面で入力", "periodStart", "2026-06-01", "periodEnd", "2027-03-15", "contractorName",
				"画面で入力した建設"));
		typed.put("version", version);
		HttpResponse<String> stale = sokatsu.submit(edit, edit, form(typed));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains(STALE, name + " 画面で入力", "画面で入力した建設",
				"name=\"version\" value=\"" + version + "\"");
		assertThat(api.read(api.get("/api/v1/projects/" + id, "sokatsu")).get("name").asText()).isEqualTo(name + " 別の画面");

		typed.put("version", api.read(api.get("/api/v1/projects/" + id, "sokatsu")).get("version").asText());
		assertThat(sokatsu.submit(edit, edit, form(typed)).statusCode()).isEqualTo(302);
		assertThat(api.read(api.get("/api/v1/projects/" + id, "sokatsu")).get("name").asText()).isEqualTo(name + " 画面で入力");
	}

	private static Map<String, Object> project(String name, boolean creating) {
		Map<String, Object> project = new LinkedHashMap<>();
		project.put("kind", "WORKS");
		project.put("fiscalYear", 2026);
		project.put("name", name);
		project.put("periodStart", "2026-06-01");
		project.put("periodEnd", "2027-03-15");
		project.put("contractorName", "株式会社版建設");
		if (creating) {
			project.put("creatorRole", "GENERAL_SUPERVISOR");
		}
		return project;
	}
}
