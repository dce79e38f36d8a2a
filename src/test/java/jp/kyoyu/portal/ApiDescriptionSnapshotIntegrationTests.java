package jp.kyoyu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.kyoyu.support.JsonApi;

/**
 * The committed description {@code docs/openapi.json} is what the server serves (issue #23), so a change of the API
 * shows in review as a change of that file. {@code -Dopenapi.write=true} writes the file instead of comparing it,
 * after a deliberate change of the API (docs/api.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDescriptionSnapshotIntegrationTests {

	static final Path SNAPSHOT = Path.of("docs", "openapi.json");

	static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	@LocalServerPort
	int port;

	@Test
	void theCommittedDescriptionIsWhatTheServerServes() throws Exception {
		JsonApi api = new JsonApi(port) {
		};
		String served = normalised(api.read(api.get("/v3/api-docs", "admin")));
		if (Boolean.getBoolean("openapi.write")) {
			Files.writeString(SNAPSHOT, served, StandardCharsets.UTF_8);
			return;
		}
		assertThat(SNAPSHOT).as("run this test once with -Dopenapi.write=true to create it").exists();
		assertThat(Files.readString(SNAPSHOT, StandardCharsets.UTF_8))
			.as("docs/openapi.json differs from /v3/api-docs: regenerate it with -Dopenapi.write=true and review the diff")
			.isEqualTo(served);
	}

	/**
	 * What a reader of the description relies on for every operation, a new one included: a Japanese summary (a row
	 * in api/summaries.tsv), its module's Japanese tag, and its errors typed as the problem the server answers, the
	 * 503 of a connection shortage with its Retry-After included.
	 */
	@Test
	void everyOperationHasASummaryAModuleTagAndProblemErrors() throws Exception {
		JsonApi api = new JsonApi(port) {
		};
		JsonNode description = api.read(api.get("/v3/api-docs", "admin"));
		List<String> tags = new ArrayList<>();
		description.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
		assertThat(tags).contains("掲示板", "発議書類", "承認", "書類", "予定", "協議", "電子納品", "利用者", "管理");
		List<String> wrong = new ArrayList<>();
		description.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
			JsonNode operation = method.getValue();
			String name = method.getKey().toUpperCase() + " " + path.getKey();
			if (operation.path("summary").asText().isBlank()) {
				wrong.add(name + ": no summary (add a row to src/main/resources/api/summaries.tsv)");
			}
			if (operation.path("tags").size() != 1 || !tags.contains(operation.path("tags").get(0).asText())) {
				wrong.add(name + ": not tagged with its module");
			}
			for (String status : List.of("400", "401", "403", "404", "503", "default")) {
				if (!operation.path("responses").path(status).path("content").path("application/problem+json")
					.path("schema").path("$ref").asText().equals("#/components/schemas/Problem")) {
					wrong.add(name + ": " + status + " is not the problem");
				}
			}
			// busy (no database connection in time) can come before any operation runs: a client must know to retry
			if (!operation.path("responses").path("503").path("headers").has("Retry-After")) {
				wrong.add(name + ": 503 without its Retry-After");
			}
		}));
		assertThat(wrong).isEmpty();
		assertThat(description.path("info").path("license").path("name").asText()).isNotBlank();
		assertThat(description.path("info").path("contact").path("name").asText()).isNotBlank();
	}

	/** Keys sorted at every level (springdoc's order follows bean and reflection order), pretty-printed. */
	static String normalised(JsonNode description) throws Exception {
		return JSON.writeValueAsString(sorted(description)).replace("\r\n", "\n") + "\n";
	}

	static JsonNode sorted(JsonNode node) {
		if (node.isObject()) {
			List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
			for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
				fields.add(it.next());
			}
			fields.sort(Map.Entry.comparingByKey());
			ObjectNode copy = JSON.createObjectNode();
			fields.forEach(field -> copy.set(field.getKey(), sorted(field.getValue())));
			return copy;
		}
		if (node.isArray()) {
			var copy = JSON.createArrayNode();
			node.forEach(element -> copy.add(sorted(element)));
			return copy;
		}
		return node;
	}
}
