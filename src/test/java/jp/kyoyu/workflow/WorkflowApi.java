package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.kyoyu.support.BrowserlessClient;

/** JSON calls of the workflow tests as the demo users, on the demo works project. */
final class WorkflowApi {

	static final String PASSWORD = "Kyoyu#Demo2026";

	static final String WORKS = "中部地区 用排水路改修工事（その1）";

	final ObjectMapper json = new ObjectMapper();

	final BrowserlessClient client;

	WorkflowApi(int port) {
		this.client = new BrowserlessClient(port);
	}

	HttpResponse<String> call(String method, String path, String user, Object body) {
		try {
			HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8);
			return client.send(BrowserlessClient.basic(client.url(path), user, PASSWORD)
				.header("Content-Type", "application/json")
				.method(method, publisher)
				.build());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	JsonNode ok(String method, String path, String user, Object body) {
		HttpResponse<String> response = call(method, path, user, body);
		assertThat(response.statusCode()).as(method + " " + path + " → " + response.body()).isBetween(200, 201);
		return read(response);
	}

	JsonNode read(HttpResponse<String> response) {
		try {
			return json.readTree(response.body());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	long worksProject() {
		for (JsonNode project : ok("GET", "/api/v1/projects", "genba", null)) {
			if (WORKS.equals(project.path("name").asText())) {
				return project.get("id").asLong();
			}
		}
		throw new IllegalStateException("demo works project missing");
	}

	/** A complete 工事打合せ簿 of genba with a title unique to the test. */
	long draft(long projectId, String title, String matter) {
		return ok("POST", "/api/v1/projects/" + projectId + "/proposals", "genba", Map.of("type",
				"worksMeetingRecord", "title", title, "fields",
				Map.of("matter", matter, "content", "法面勾配の変更について協議します。"))).get("id").asLong();
	}

	JsonNode submit(long proposalId, String... approvers) {
		List<Map<String, String>> route = new ArrayList<>();
		for (String approver : approvers) {
			route.add(Map.of("userId", approver, "role", "APPROVER"));
		}
		return ok("POST", "/api/v1/proposals/" + proposalId + "/submit", "genba", Map.of("route", route,
				// Japan's date, as the server's: the tests may run in UTC, where 15:00-24:00 is another day.
				"requestedAnswerDate", LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(14).toString(),
				"importance", "NORMAL", "comment",
				"ご確認をお願いします。"));
	}

	/** The id of the user's open task on the proposal, of the given kind. */
	String task(String user, long proposalId, String kind) {
		for (JsonNode task : ok("GET", "/api/v1/tasks", user, null)) {
			if (task.get("proposalId").asLong() == proposalId && task.get("kind").asText().equals(kind)) {
				return task.get("id").asText();
			}
		}
		throw new AssertionError(user + " has no " + kind + " task for proposal " + proposalId);
	}

	boolean hasTask(String user, long proposalId) {
		for (JsonNode task : ok("GET", "/api/v1/tasks", user, null)) {
			if (task.get("proposalId").asLong() == proposalId) {
				return true;
			}
		}
		return false;
	}

	HttpResponse<String> complete(String user, String taskId, Map<String, Object> body) {
		return call("POST", "/api/v1/tasks/" + taskId + "/complete", user, body);
	}

	JsonNode proposal(long id, String user) {
		return ok("GET", "/api/v1/proposals/" + id, user, null);
	}

	List<String> actions(long proposalId) {
		List<String> actions = new ArrayList<>();
		ok("GET", "/api/v1/proposals/" + proposalId + "/history", "genba", null)
			.forEach(entry -> actions.add(entry.get("action").asText()));
		return actions;
	}

	/** {@code user} is absent from yesterday to the day after tomorrow, with {@code deputy} standing in. */
	JsonNode absentToday(String user, String deputy) {
		Map<String, Object> period = new java.util.HashMap<>();
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")); // the server's today, as in submit
		period.put("from", today.minusDays(1).toString());
		period.put("to", today.plusDays(2).toString());
		period.put("deputyUserId", deputy);
		return ok("PUT", "/api/v1/me/absences", user, List.of(period));
	}
}
