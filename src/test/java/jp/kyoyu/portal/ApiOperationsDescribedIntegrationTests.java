package jp.kyoyu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.kyoyu.support.BrowserlessClient;

/**
 * What the description says of each operation beyond its shape (issue #23): a stable operationId made from method
 * and path (no springdoc {@code _1} suffixes), the right it needs taken from the access matrix (the table
 * AccessMatrixIntegrationTests proves against the server), and the errors it can answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiOperationsDescribedIntegrationTests {

	@LocalServerPort
	int port;

	private JsonNode description() throws Exception {
		HttpResponse<String> docs = new BrowserlessClient(port).send(BrowserlessClient
			.basic("http://localhost:" + port + "/v3/api-docs", "kantoku", "Kyoyu#Demo2026").GET().build());
		assertThat(docs.statusCode()).isEqualTo(200);
		return new ObjectMapper().readTree(docs.body());
	}

	@Test
	void everyOperationHasAStableUniqueIdMadeFromMethodAndPath() throws Exception {
		Map<String, String> seen = new HashMap<>();
		description().get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
			String operation = op.getKey().toUpperCase() + " " + path.getKey();
			String id = op.getValue().path("operationId").asText();
			assertThat(id).as(operation).matches("[a-z]+[A-Za-z0-9]*").doesNotContain("_");
			assertThat(id).as(operation).isEqualTo(ApiOperationConventions.operationId(op.getKey(), path.getKey()));
			assertThat(seen.put(id, operation)).as("operationId " + id + " of " + operation + " is also that of")
				.isNull();
		}));
		assertThat(seen).containsEntry("getProjectsByIdMembers", "GET /api/v1/projects/{id}/members")
			.containsEntry("getProposalsByIdHistoryCsv", "GET /api/v1/proposals/{id}/history.csv")
			.containsEntry("getProposalsByIdHistoryPdf", "GET /api/v1/proposals/{id}/history.pdf");
	}

	@Test
	void everyOperationNamesTheRightOfItsMatrixRowAndItsErrors() throws Exception {
		Map<String, ApiRights.Row> rights = ApiRights.read();
		List<String> withoutRow = new ArrayList<>();
		description().get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
			String operation = op.getKey().toUpperCase() + " " + path.getKey();
			String text = op.getValue().path("description").asText();
			ApiRights.Row row = rights.get(operation);
			if (row == null) {
				withoutRow.add(operation);
				return;
			}
			assertThat(text).as(operation).contains(row.describe());
			op.getValue().path("responses").fieldNames().forEachRemaining(status -> {
				if (status.startsWith("4") || status.startsWith("5")) {
					assertThat(text).as(operation + " names error " + status).contains(status);
				}
			});
		}));
		assertThat(withoutRow).as("operations without a row in src/main/resources" + ApiRights.TABLE
				+ " (enter the right each needs there; docs/api.md)").isEmpty();
	}

	@Test
	void aRightIsDescribedInWordsOfTheRightsScreen() {
		ApiRights.Row documents = new ApiRights.Row("DOCUMENT", "WRITE", "project", "contractor", false);
		assertThat(documents.describe()).contains("「書類管理」の「登録・編集」")
			.contains("参加者だけ")
			.contains("受注者側だけ")
			.contains("システム管理者（参加者でない）は使えません");
		assertThat(new ApiRights.Row(null, "-", "any", "both", true).describe()).contains("ログインだけ")
			.doesNotContain("システム管理者");
	}
}
