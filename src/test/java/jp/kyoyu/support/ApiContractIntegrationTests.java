package jp.kyoyu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The check of every API call (issue #23) can fail, and sees calls from any client: an answer the description does
 * not allow is reported, a plain HTTP call passes through the server's check, and an error answered by the
 * container's error page is checked as well.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiContractIntegrationTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anAnswerTheDescriptionDoesNotAllowIsReported() {
		Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));
		assertThat(ApiContract.violation(port, new ApiContract.Exchange("GET", "/api/v1/projects", null, null, null,
				200, json, "{\"not\":\"a list\"}", false)))
			.hasValueSatisfying(message -> assertThat(message).contains("GET /api/v1/projects answered 200"));
		assertThat(ApiContract.violation(port, new ApiContract.Exchange("GET", "/api/v1/projects", null, null, null,
				418, json, "{}", false)))
			.as("a status the operation does not list").isPresent();
		assertThat(ApiContract.violation(port, new ApiContract.Exchange("GET", "/api/v1/projects", "size=0", null, null,
				200, json, "[]", false)))
			.hasValueSatisfying(message -> assertThat(message).contains("does not allow the request"));
		assertThat(ApiContract.violation(port, new ApiContract.Exchange("GET", "/api/v1/projects", null, null, null,
				200, json, "[]", false)))
			.isEmpty();
	}

	@Test
	void aPlainHttpCallIsCheckedByTheServer() throws Exception {
		HttpResponse<String> projects = http.send(
				BrowserlessClient.basic("http://localhost:" + port + "/api/v1/projects", "kantoku", JsonApi.PASSWORD)
					.GET()
					.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(projects.statusCode()).isEqualTo(200);
		assertThat(projects.headers().firstValue(ApiContractFilter.CHECKED)).hasValue("true");
		assertThat(ApiContractFilter.takeViolations()).isEmpty();
	}

	@Test
	void anErrorAnsweredByTheErrorPageIsChecked() throws Exception {
		HttpResponse<String> missing = http.send(
				BrowserlessClient.basic("http://localhost:" + port + "/api/v1/projects/999999999", "kantoku",
						JsonApi.PASSWORD)
					.GET()
					.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(ApiContractFilter.takeViolations()).isEmpty();
	}
}
