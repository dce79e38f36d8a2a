package jp.kyoyu.bench.volume;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.kyoyu.support.KyoyuNode;

/**
 * The templates the demo data lacks, made through the JSON API as users make them (HTTP Basic), in the demo works
 * project: a proposal in review (three approvers, the first has approved, so the supervisor kantoku holds the
 * step), one sent back to its proposer, a post with a reply read by kantoku, a schedule event of the project, a
 * consultation with a comment. {@link VolumeGenerator} copies them together with the demo's approved proposals.
 */
final class VolumeSamples {

	private static final String PASSWORD = "Kyoyu#Demo2026";

	private final KyoyuNode node;

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	VolumeSamples(KyoyuNode node) {
		this.node = node;
	}

	void make(long project) throws Exception {
		String due = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(14).toString();
		long inReview = proposal(project, "審査中の打合せ簿");
		send("genba", "POST", "/api/v1/proposals/" + inReview + "/submit", Map.of("route",
				List.of(approver("shunin"), approver("kantoku"), approver("sokatsu")), "requestedAnswerDate", due,
				"importance", "NORMAL", "comment", "ご確認をお願いします。"));
		complete("shunin", inReview, "APPROVE", "確認しました。");
		long sentBack = proposal(project, "差戻しの打合せ簿");
		send("genba", "POST", "/api/v1/proposals/" + sentBack + "/submit", Map.of("route",
				List.of(approver("kantoku"), approver("shunin")), "requestedAnswerDate", due, "importance", "IMPORTANT",
				"comment", "ご確認をお願いします。"));
		complete("kantoku", sentBack, "SEND_BACK_TO_PROPOSER", "数量を再確認してください。");

		long post = send("genba", "POST", "/api/v1/projects/" + project + "/posts", Map.of("title", "掲示板の見本",
				"body", "床掘りの段階確認は来週火曜日の予定です。", "visibleTo", Map.of("users", List.of(), "groups",
						List.of()))).get("id").asLong();
		send("kantoku", "POST", "/api/v1/posts/" + post + "/replies", Map.of("body", "承知しました。"));
		send("kantoku", "GET", "/api/v1/posts/" + post, null); // opening it marks it read
		send("kantoku", "POST", "/api/v1/events", Map.of("title", "段階確認", "start", due + "T10:00:00+09:00", "end",
				due + "T11:00:00+09:00", "allDay", false, "projectIds", List.of(project), "private", false));
		long matter = send("genba", "POST", "/api/v1/projects/" + project + "/consultations", Map.of("title",
				"湧水対策の協議", "body", "No.12 付近の湧水について協議します。", "notify", "BOARD")).get("id").asLong();
		send("kantoku", "POST", "/api/v1/consultations/" + matter + "/comments", Map.of("body", "現地で確認します。"));
	}

	private long proposal(long project, String title) throws Exception {
		return send("genba", "POST", "/api/v1/projects/" + project + "/proposals", Map.of("type",
				"worksMeetingRecord", "title", title, "fields", Map.of("matter", "CONSULTATION", "content",
						"見本の協議です。"))).get("id").asLong();
	}

	private void complete(String user, long proposal, String action, String comment) throws Exception {
		for (JsonNode task : send(user, "GET", "/api/v1/tasks", null)) {
			if (task.get("proposalId").asLong() == proposal) {
				send(user, "POST", "/api/v1/tasks/" + task.get("id").asText() + "/complete", Map.of("action", action,
						"comment", comment));
				return;
			}
		}
		throw new IllegalStateException(user + " has no task for proposal " + proposal);
	}

	private static Map<String, String> approver(String user) {
		return Map.of("userId", user, "role", "APPROVER");
	}

	private JsonNode send(String user, String method, String path, Object body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(node.url(path)))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
	}
}
