package jp.kyoyu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.kyoyu.support.BrowserlessClient;

/**
 * Every JSON body of {@code /api/v1} says what it holds (issue #23): a controller answering a {@code Map} (or taking
 * a {@code JsonNode}) shows in the description as an object with no members, which tells an integrating client
 * nothing and lets the contract validation of the tests accept anything. Such a body fails here, so a new one shows
 * in review. A body that really is keyed by data (a setting per check name) may stay a map, but then its values are
 * typed and a named schema's description says what the keys are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiBodiesDescribedIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void everyJsonBodyNamesItsMembersOrSaysWhatItsKeysAre() throws Exception {
		HttpResponse<String> docs = new BrowserlessClient(port).send(BrowserlessClient
			.basic("http://localhost:" + port + "/v3/api-docs", "kantoku", "Kyoyu#Demo2026").GET().build());
		assertThat(docs.statusCode()).isEqualTo(200);
		JsonNode api = new ObjectMapper().readTree(docs.body());
		JsonNode schemas = api.path("components").path("schemas");
		List<String> silent = new ArrayList<>();
		api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
			if (!path.getKey().startsWith("/api/v1/")) {
				return;
			}
			String operation = op.getKey().toUpperCase() + " " + path.getKey();
			op.getValue().path("requestBody").path("content").fields().forEachRemaining(
					media -> check(operation + " request " + media.getKey(), media, schemas, silent));
			op.getValue().path("responses").fields().forEachRemaining(response -> response.getValue()
				.path("content")
				.fields()
				.forEachRemaining(media -> check(operation + " " + response.getKey() + " " + media.getKey(), media,
						schemas, silent)));
		}));
		assertThat(silent).as("JSON bodies that do not say what they hold (give each a record in the module's web "
				+ "package; docs/api.md)").isEmpty();
	}

	private static void check(String where, java.util.Map.Entry<String, JsonNode> media, JsonNode schemas,
			List<String> silent) {
		if (!media.getKey().contains("json") || media.getKey().contains("problem")) {
			return;
		}
		JsonNode schema = media.getValue().path("schema");
		if ("array".equals(schema.path("type").asText())) {
			schema = schema.path("items");
		}
		boolean named = schema.has("$ref");
		if (named) {
			schema = schemas.path(schema.path("$ref").asText().replace("#/components/schemas/", ""));
		}
		if (!"object".equals(schema.path("type").asText()) || schema.path("properties").size() > 0) {
			return;
		}
		JsonNode values = schema.path("additionalProperties");
		boolean typedValues = values.isObject() && (values.has("type") || values.has("$ref"));
		if (!typedValues) {
			silent.add(where + ": an object with no members");
		}
		else if (!named || schema.path("description").asText().isBlank()) {
			silent.add(where + ": a map without a named schema that says what its keys are");
		}
	}
}
