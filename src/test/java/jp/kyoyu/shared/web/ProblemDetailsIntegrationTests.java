package jp.kyoyu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import jp.kyoyu.support.JsonApi;

/**
 * Every error of the JSON API is an RFC 9457 problem (issue #23), whichever part of the server refused the call:
 * a module's own check, the shared handler, Spring Security before any controller, the error controller for an
 * unknown path, and Camunda's engine REST API. Each keeps the field list {@code errors} of the earlier body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemDetailsIntegrationTests {

	@LocalServerPort
	int port;

	JsonApi api;

	@BeforeEach
	void client() {
		api = new JsonApi(port) {
		};
	}

	@Test
	void aWrongFieldIsAProblemNamingTheField() throws Exception {
		HttpResponse<String> refused = api.send("POST", "/api/v1/projects", "sokatsu", "{\"fiscalYear\":\"abc\"}");
		JsonNode problem = assertProblem(refused, 400, "入力内容に誤りがあります", "/api/v1/projects");
		assertThat(problem.at("/errors/0/field").asText()).isEqualTo("fiscalYear");
		assertThat(problem.get("detail").asText()).contains(problem.at("/errors/0/message").asText());
	}

	@Test
	void aRecordNobodyHasIsAProblem() throws Exception {
		JsonNode problem = assertProblem(api.get("/api/v1/projects/999999999", "admin"), 404, "見つかりません",
				"/api/v1/projects/999999999");
		assertThat(problem.at("/errors/0/field").isNull()).isTrue();
	}

	@Test
	void anUnknownApiPathIsAProblemFromTheErrorController() throws Exception {
		assertProblem(api.get("/api/v1/no-such-thing", "admin"), 404, "見つかりません", "/api/v1/no-such-thing");
	}

	@Test
	void securityRefusalsAreProblems() throws Exception {
		HttpResponse<String> anonymous = api.http.send(HttpRequest.newBuilder(URI.create(api.url("/api/v1/me"))).GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(assertProblem(anonymous, 401, "認証が必要です", "/api/v1/me").get("detail").asText())
			.contains("ログインが必要です");
		assertProblem(api.get("/api/v1/admin/users", "genba"), 403, "権限がありません", "/api/v1/admin/users");
	}

	@Test
	void theWordingFollowsTheUsersLanguage() throws Exception {
		HttpResponse<String> refused = api.get("/api/v1/projects/999999999?lang=en", "admin");
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(api.json.readTree(refused.body()).get("title").asText()).isEqualTo("Not Found");
	}

	@Test
	void anEngineRestRefusalIsAProblemTooAndKeepsCamundasMessage() throws Exception {
		HttpResponse<String> refused = api.get("/engine-rest/task/no-such-task", "genba");
		JsonNode problem = assertProblem(refused, 404, "見つかりません", "/engine-rest/task/no-such-task");
		assertThat(problem.get("message").asText()).isEqualTo(problem.at("/errors/0/message").asText());
	}

	JsonNode assertProblem(HttpResponse<String> response, int status, String title, String instance) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode problem = api.json.readTree(response.body());
		assertThat(problem.get("type").asText()).isEqualTo("about:blank");
		assertThat(problem.get("title").asText()).isEqualTo(title);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.has("instance")).as("the same answer for a hidden and a missing record").isFalse();
		assertThat(problem.at("/errors/0/message").asText()).isNotBlank();
		assertThat(problem.get("detail").asText()).isNotBlank();
		return problem;
	}
}
