package jp.kyoyu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Conditional requests (ETag / If-Match) and the stale-version answer, for the optimistic-locking tests (#15). */
public final class Versions {

	public static final String STALE = "この記録は他の人が先に変更しました。最新の内容を読み込み直してから、もう一度変更してください。";

	private static final ObjectMapper JSON = new ObjectMapper();

	private Versions() {
	}

	/** A JSON call as {@code user}, with {@code If-Match} when {@code ifMatch} is not null. */
	public static HttpResponse<String> send(JsonApi api, String method, String path, String user, String ifMatch,
			Object body) throws Exception {
		HttpRequest.Builder request = BrowserlessClient.basic(api.url(path), user, JsonApi.PASSWORD)
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(
							body instanceof String text ? text : JSON.writeValueAsString(body), StandardCharsets.UTF_8));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return api.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	public static String etag(HttpResponse<?> response) {
		return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
	}

	/** The refusal: {@code status} and the one Japanese message in Kyoyu's error body, naming no field. */
	public static void assertStale(HttpResponse<String> answer, int status) throws Exception {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		JsonNode error = JSON.readTree(answer.body()).get("errors").get(0);
		assertThat(error.get("message").asText()).isEqualTo(STALE);
		assertThat(error.get("field").isNull()).isTrue();
	}

	/** A form body from name, value pairs. */
	public static String form(Map<String, String> fields) {
		return fields.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}
}
