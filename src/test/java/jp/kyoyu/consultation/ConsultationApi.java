package jp.kyoyu.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/** Calls of the JSON API as the demo users, for the pre-consultation tests. */
class ConsultationApi extends JsonApi {

	ConsultationApi(int port) {
		super(port);
	}

	/** A new services project of sokatsu with tanto (agency) and gyomu (contractor) as members. */
	long project(String prefix) throws Exception {
		return new ProjectFixtures(this).service(prefix)
			.member("tanto", "SERVICE_SUPERVISOR")
			.member("gyomu", "MANAGING_ENGINEER")
			.create();
	}

	/** A matter registered by {@code user}; {@code notify} MAIL, BOARD or BOTH. */
	long matter(long projectId, String user, String title, String notify) throws Exception {
		HttpResponse<String> created = send("POST", "/api/v1/projects/" + projectId + "/consultations", user,
				Map.of("title", title, "body", title + " の資料です。ご確認ください。", "notify", notify));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json.readTree(created.body()).get("id").asLong();
	}

	long comment(long matterId, String user, String body) throws Exception {
		HttpResponse<String> created = send("POST", "/api/v1/consultations/" + matterId + "/comments", user,
				Map.of("body", body));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json.readTree(created.body()).get("id").asLong();
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
