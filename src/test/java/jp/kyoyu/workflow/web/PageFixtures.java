package jp.kyoyu.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.ProjectFixtures;

/** Data for the workflow page tests, made through the JSON API as the demo users. */
final class PageFixtures {

	static final String PASSWORD = "Kyoyu#Demo2026";

	static final String WORKS = "中部地区 用排水路改修工事（その1）";

	private static final Pattern TASK_LINK = Pattern.compile("href=\"/tasks/([^\"]+)\"[^>]*>([^<]*)<");

	final ObjectMapper json = new ObjectMapper();

	final BrowserlessClient client;

	private final int port;

	PageFixtures(int port) {
		this.port = port;
		this.client = new BrowserlessClient(port);
	}

	BrowserlessClient login(String userId) {
		BrowserlessClient browser = new BrowserlessClient(port);
		assertThat(browser.login(userId, PASSWORD).statusCode()).isEqualTo(302);
		return browser;
	}

	JsonNode api(String method, String path, String user, Object body) {
		try {
			HttpResponse<String> response = client.send(BrowserlessClient.basic(client.url(path), user, PASSWORD)
				.header("Content-Type", "application/json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
				.build());
			assertThat(response.statusCode()).as(method + " " + path + " → " + response.body()).isBetween(200, 201);
			return json.readTree(response.body());
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	long worksProject() {
		for (JsonNode project : api("GET", "/api/v1/projects", "genba", null)) {
			if (WORKS.equals(project.path("name").asText())) {
				return project.get("id").asLong();
			}
		}
		throw new IllegalStateException("demo works project missing");
	}

	/** A project of sokatsu with genba only, so kantoku is no member. */
	long privateProject() {
		try {
			return new ProjectFixtures(port).works("承認画面テスト工事").member("genba", "SITE_AGENT").create();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** A 工事打合せ簿 draft of genba; {@code content} null leaves the required 内容 empty. */
	long draft(long projectId, String title, String content) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("matter", "CONSULTATION");
		if (content != null) {
			fields.put("content", content);
		}
		return api("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", title, "fields", fields)).get("id").asLong();
	}

	/** The id of the task linked with this title on a page (my tasks or home). */
	static String taskId(String page, String title) {
		Matcher m = TASK_LINK.matcher(page);
		while (m.find()) {
			if (m.group(2).equals(title)) {
				return m.group(1);
			}
		}
		throw new AssertionError("no task link for " + title);
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
