package jp.kyoyu.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/** Calls of the board's JSON API as the demo users, for the board's tests. */
class BoardApi extends JsonApi {

	BoardApi(int port) {
		super(port);
	}

	/** A new project of sokatsu with kantoku, shunin and genba as members. */
	long project(String prefix) throws Exception {
		return new ProjectFixtures(this).works(prefix)
			.member("kantoku", "SUPERVISOR")
			.member("shunin", "SENIOR_SUPERVISOR")
			.member("genba", "SITE_AGENT")
			.create();
	}

	void member(long projectId, String userId, String role) throws Exception {
		HttpResponse<String> added = send("POST", "/api/v1/projects/" + projectId + "/members", "sokatsu",
				Map.of("userId", userId, "role", role));
		assertThat(added.statusCode()).as(added.body()).isBetween(200, 299);
	}

	long post(long projectId, String user, String title, List<String> visibleUsers) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("body", title + " の本文です。");
		body.put("visibleTo", Map.of("users", visibleUsers, "groups", List.of()));
		HttpResponse<String> created = send("POST", "/api/v1/projects/" + projectId + "/posts", user, body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json.readTree(created.body()).get("id").asLong();
	}
}
