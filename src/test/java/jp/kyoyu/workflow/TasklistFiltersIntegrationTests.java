package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/**
 * Tasklist says which document a task is for (docs/camunda-webapps.md): its filter 「自分のタスク」 lists the columns
 * 件名, 種類, 工事・業務 and 重要度, and the list Tasklist loads (HAL, as the webapp asks for it) carries their values
 * for the supervisor's approval step, the importance as 通常/重要 instead of a bare priority number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistFiltersIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theSupervisorsTaskListNamesTheDocumentItsTypeProjectAndImportance() {
		WorkflowApi api = new WorkflowApi(port);
		String title = "Tasklist の列 " + UUID.randomUUID().toString().substring(0, 8);
		long proposalId = api.draft(api.worksProject(), title, "REPORT");
		api.submit(proposalId, "kantoku");

		JsonNode filters = api.ok("GET", "/engine-rest/filter?name=" + URLEncoder.encode("自分のタスク", StandardCharsets.UTF_8),
				"kantoku", null);
		assertThat(filters).hasSize(1);
		JsonNode filter = filters.get(0);
		List<String> labels = new ArrayList<>();
		filter.path("properties").path("variables").forEach(column -> labels.add(column.path("label").asText()));
		assertThat(labels).containsExactly("件名", "種類", "工事・業務", "重要度");

		Map<String, String> columns = columnsOfTheTaskFor(api, filter.get("id").asText(), title);
		assertThat(columns).containsEntry("cardTitle", title)
			.containsEntry("cardProject", WorkflowApi.WORKS)
			.containsEntry("cardImportance", "通常");
		assertThat(columns.get("cardDocumentType")).contains("打合せ");
	}

	/** What Tasklist gets for the card: the filter's list as HAL, the filter's variables embedded per task. */
	private Map<String, String> columnsOfTheTaskFor(WorkflowApi api, String filterId, String title) {
		BrowserlessClient client = api.client;
		HttpResponse<String> list = client.send(BrowserlessClient
			.basic(client.url("/engine-rest/filter/" + filterId + "/list?maxResults=500"), "kantoku", WorkflowApi.PASSWORD)
			.setHeader("Accept", "application/hal+json")
			.GET()
			.build());
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		for (JsonNode task : api.read(list).path("_embedded").path("task")) {
			Map<String, String> values = new HashMap<>();
			task.path("_embedded").path("variable").forEach(v -> values.put(v.path("name").asText(), v.path("value").asText()));
			if (title.equals(values.get("cardTitle"))) {
				return values;
			}
		}
		throw new AssertionError("kantoku's Tasklist has no task showing " + title + ": " + list.body());
	}
}
