package jp.kyoyu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * The one list convention of the API (docs/api.md "Lists"): a script pages through a list with {@code page} and
 * {@code size}, reads the total in {@code X-Total-Count} and follows {@code Link}; a wrong size or page is a 400
 * naming it. Shown on a project's members, whose number the test knows exactly. Every call is also checked against
 * the description, which must show the parameters and headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiListsIntegrationTests {

	@LocalServerPort
	int port;

	JsonApi api;

	long project;

	@BeforeEach
	void fiveMembers() throws Exception {
		api = new JsonApi(port) {
		};
		// sokatsu joins as creator: five members in all
		project = new ProjectFixtures(api).works("一覧の約束工事")
			.member("kantoku", "SUPERVISOR")
			.member("shunin", "SENIOR_SUPERVISOR")
			.member("genba", "SITE_AGENT")
			.member("gyomu", "CONTRACTOR_STAFF")
			.create();
	}

	@Test
	void aScriptPagesThroughAListFollowingTheLinks() throws Exception {
		String path = "/api/v1/projects/" + project + "/members?size=2";
		List<String> seen = new ArrayList<>();
		List<String> prevs = new ArrayList<>();
		int pages = 0;
		while (path != null) {
			HttpResponse<String> page = api.get(path, "sokatsu");
			assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
			assertThat(page.headers().firstValue("X-Total-Count")).hasValue("5");
			JsonNode members = api.json.readTree(page.body());
			assertThat(members.size()).isLessThanOrEqualTo(2);
			members.forEach(member -> seen.add(member.get("userId").asText()));
			String links = page.headers().firstValue("Link").orElse("");
			prevs.add(link(links, "prev"));
			path = link(links, "next");
			pages++;
		}
		assertThat(pages).isEqualTo(3);
		assertThat(seen).containsExactlyInAnyOrder("sokatsu", "kantoku", "shunin", "genba", "gyomu");
		assertThat(prevs.get(0)).isNull();
		assertThat(prevs.get(2)).isEqualTo("/api/v1/projects/" + project + "/members?page=1&size=2");
	}

	@Test
	void withoutParametersTheWholeListIsTheFirstPage() throws Exception {
		HttpResponse<String> all = api.get("/api/v1/projects/" + project + "/members", "sokatsu");
		assertThat(api.json.readTree(all.body()).size()).isEqualTo(5);
		assertThat(all.headers().firstValue("X-Total-Count")).hasValue("5");
		assertThat(all.headers().firstValue("Link")).isEmpty();

		HttpResponse<String> beyond = api.get("/api/v1/projects/" + project + "/members?page=7&size=2", "sokatsu");
		assertThat(beyond.statusCode()).isEqualTo(200);
		assertThat(api.json.readTree(beyond.body()).size()).isZero();
		assertThat(link(beyond.headers().firstValue("Link").orElse(""), "prev"))
			.isEqualTo("/api/v1/projects/" + project + "/members?page=2&size=2");
	}

	@Test
	void aSizeOrPageOutOfRangeIsRefusedNamingIt() throws Exception {
		for (String size : List.of("0", "1001", "zehn", "-1")) {
			HttpResponse<String> refused = api.get("/api/v1/projects/" + project + "/members?size=" + size, "sokatsu");
			assertThat(refused.statusCode()).as(size).isEqualTo(400);
			assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			JsonNode error = api.json.readTree(refused.body()).get("errors").get(0);
			assertThat(error.get("field").asText()).isEqualTo("size");
			assertThat(error.get("message").asText()).contains("1 以上 1000 以下");
		}
		HttpResponse<String> page = api.get("/api/v1/projects/" + project + "/members?page=-1", "sokatsu");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(api.json.readTree(page.body()).get("errors").get(0).get("field").asText()).isEqualTo("page");

		assertThat(api.get("/api/v1/projects/" + project + "/members?size=1000", "sokatsu").statusCode()).isEqualTo(200);
	}

	@Test
	void theApprovalListThatPagesInTheDatabaseAnswersTheSameHeaders() throws Exception {
		HttpResponse<String> first = api.get("/api/v1/workflow/proposals?size=1", "kantoku");
		JsonNode body = api.read(first);
		long total = body.get("total").asLong();
		assertThat(total).as("the demo data's proposals on kantoku's projects").isGreaterThan(1);
		assertThat(first.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(total));
		String next = link(first.headers().firstValue("Link").orElseThrow(), "next");
		assertThat(next).contains("page=1").contains("size=1");
		HttpResponse<String> second = api.get(next, "kantoku");
		assertThat(api.read(second).get("page").asInt()).isEqualTo(1);
		assertThat(link(second.headers().firstValue("Link").orElseThrow(), "prev")).contains("page=0");
	}

	@Test
	void theDescriptionShowsTheConventionOnEveryList() throws Exception {
		JsonNode description = api.json.readTree(api.http.send(
				jp.kyoyu.support.BrowserlessClient.basic(api.url("/v3/api-docs"), "sokatsu", JsonApi.PASSWORD).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body());
		List<String> lists = new ArrayList<>();
		description.get("paths").fields().forEachRemaining(path -> {
			JsonNode get = path.getValue().get("get");
			JsonNode ok = get == null ? null : get.path("responses").path("200").path("content").path("application/json");
			if (ok != null && "array".equals(ok.path("schema").path("type").asText())) {
				lists.add(path.getKey());
				List<String> parameters = new ArrayList<>();
				get.path("parameters").forEach(parameter -> parameters.add(parameter.get("name").asText()));
				assertThat(parameters).as(path.getKey()).contains("page", "size");
				assertThat(get.path("responses").path("200").path("headers").has("X-Total-Count")).as(path.getKey()).isTrue();
				assertThat(get.path("responses").path("200").path("headers").has("Link")).as(path.getKey()).isTrue();
			}
		});
		assertThat(lists).contains("/api/v1/projects/{id}/members", "/api/v1/projects", "/api/v1/tasks");
		JsonNode approvals = description.get("paths").get("/api/v1/workflow/proposals").get("get");
		assertThat(approvals.path("responses").path("200").path("headers").has("X-Total-Count")).isTrue();
		assertThat(approvals.path("responses").path("200").path("headers").has("Link")).isTrue();
	}

	/** The target of {@code rel} in a Link header, or null. */
	private static String link(String header, String rel) {
		for (String link : header.split(",\\s*")) {
			if (link.endsWith("rel=\"" + rel + "\"")) {
				return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
			}
		}
		return null;
	}
}
