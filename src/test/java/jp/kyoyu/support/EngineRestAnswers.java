package jp.kyoyu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What Kyoyu guarantees of an error answer on Camunda's engine REST API, {@code /engine-rest} and the webapps'
 * {@code /camunda/api/...} (docs/api.md): no OpenAPI description covers those answers (they are Camunda's, not
 * Kyoyu's API), so {@link ApiContract} cannot check them; this is the check instead. The answer is Kyoyu's problem
 * ({@code application/problem+json}, UTF-8) with exactly the members {@code type, title, status, detail, errors,
 * message}, the status in the body equal to the answer's, every text Japanese, and nothing of the engine inside
 * (exception names, stack frames, Camunda's {@code ENGINE-} codes, class names).
 */
public final class EngineRestAnswers {

	private static final Set<String> MEMBERS = Set.of("type", "title", "status", "detail", "errors", "message");

	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

	private static final List<String> ENGINE_INSIDES = List.of("Exception", "\tat ", "at org.", "at jp.", "ENGINE-",
			"org.camunda", "java.", "jp.kyoyu");

	private static final ObjectMapper JSON = new ObjectMapper();

	private EngineRestAnswers() {
	}

	/** Asserts the answer is Kyoyu's Japanese problem with {@code status}, and returns its one message. */
	public static String assertKyoyuProblem(HttpResponse<String> response, int status) {
		String call = response.request().method() + " " + response.uri().getPath();
		assertThat(response.statusCode()).as(call + ": " + response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as(call).hasValueSatisfying(type -> assertThat(
				type.toLowerCase()).startsWith("application/problem+json").contains("charset=utf-8"));
		JsonNode body;
		try {
			body = JSON.readTree(response.body());
		}
		catch (Exception e) {
			throw new AssertionError(call + " answered no JSON: " + response.body(), e);
		}
		List<String> members = new ArrayList<>();
		body.fieldNames().forEachRemaining(members::add);
		assertThat(members).as(call).containsExactlyInAnyOrderElementsOf(MEMBERS);
		assertThat(body.path("type").asText()).isEqualTo("about:blank");
		assertThat(body.path("status").asInt()).as(call).isEqualTo(status);
		assertThat(body.path("errors").isArray() && !body.path("errors").isEmpty()).as(call + " lists its errors")
			.isTrue();
		String message = body.path("message").asText();
		for (String text : List.of(body.path("title").asText(), body.path("detail").asText(), message)) {
			assertThat(JAPANESE.matcher(text).find()).as(call + ": Japanese: " + text).isTrue();
		}
		body.path("errors").forEach(error -> assertThat(message).as(call).contains(error.path("message").asText()));
		assertThat(response.body()).as(call + ": nothing of the engine").doesNotContain(ENGINE_INSIDES);
		return message;
	}
}
