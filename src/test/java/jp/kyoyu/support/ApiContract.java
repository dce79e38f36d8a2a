package jp.kyoyu.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Every call the tests make to {@code /api/v1} is checked against the description the test server itself serves
 * at {@code /v3/api-docs} (issue #23), with swagger-request-validator: the response's status, headers and body must
 * be what the description allows, or the test fails. A request the description does not allow (the tests send
 * wrong input on purpose) must be refused with a 4xx; one it allows is validated like any other.
 */
public final class ApiContract {

	/** One description per test server (port), read once: all SpringBootTests share one context. */
	private static final Map<Integer, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

	private ApiContract() {
	}

	/**
	 * Checks one finished call made by a test client. {@code requestBody} is the JSON sent ({@code null}: none, or
	 * multipart), {@code body} the response text ({@code null} for binary downloads, whose content type is still
	 * checked).
	 */
	public static void check(int port, String method, String pathAndQuery, String requestContentType,
			String requestBody, HttpResponse<?> response, String body) {
		URI uri = URI.create("http://localhost" + pathAndQuery);
		boolean binary = body == null && response.body() instanceof byte[] bytes && bytes.length > 0;
		violation(port, new Exchange(method, uri.getRawPath(), uri.getRawQuery(), requestContentType, requestBody,
				response.statusCode(), response.headers().map(), body, binary))
			.ifPresent(message -> {
				throw new AssertionError(message);
			});
	}

	/**
	 * One call as the server saw it: {@code requestBody} {@code null} when there was none or it was not JSON,
	 * {@code body} the response text when it was JSON, {@code binaryBody} when another body was sent.
	 */
	public record Exchange(String method, String rawPath, String rawQuery, String requestContentType,
			String requestBody, int status, Map<String, List<String>> headers, String body, boolean binaryBody) {

		String pathAndQuery() {
			return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
		}
	}

	/** What is wrong with a call under {@code /api/v1} measured against the description, if anything. */
	public static Optional<String> violation(int port, Exchange exchange) {
		if (!exchange.rawPath().startsWith("/api/v1/") && !exchange.rawPath().equals("/api/v1")) {
			return Optional.empty();
		}
		OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(port, ApiContract::load);
		SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), exchange.rawPath());
		if (exchange.rawQuery() != null) {
			for (String pair : exchange.rawQuery().split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int equals = pair.indexOf('=');
				if (equals < 0 || equals == pair.length() - 1) {
					// "?flag=" or "?flag": the server reads an empty value as no value (the default applies), as
					// the form posts of plain HTML do; the validator would call it a missing value (docs/api.md)
					continue;
				}
				request.withQueryParam(decode(equals < 0 ? pair : pair.substring(0, equals)),
						equals < 0 ? "" : decode(pair.substring(equals + 1)));
			}
		}
		String contentType = exchange.requestContentType();
		if (contentType != null) {
			request.withContentType(contentType);
		}
		String sent = readableBody(exchange.requestBody());
		if (sent != null) {
			request.withBody(sent);
		}
		// A multipart body is not read by the validator; its parts are checked by the server's answers alone.
		boolean multipart = contentType != null && contentType.startsWith("multipart/");
		ValidationReport requestReport = multipart ? ValidationReport.empty() : validator.validateRequest(request.build());
		String call = exchange.method() + " " + exchange.pathAndQuery();
		if (errors(requestReport, true).findAny().isPresent() && exchange.status() < 400) {
			return Optional.of(call + " was answered " + exchange.status()
					+ " though the description does not allow the request:\n" + describe(requestReport, true));
		}
		if (requestReport.getMessages().stream().anyMatch(message -> message.getKey().startsWith("validation.request.path.missing")
				|| message.getKey().startsWith("validation.request.operation.notAllowed"))) {
			return Optional.empty(); // no operation to hold the answer against; refused with a 4xx, checked above
		}
		SimpleResponse.Builder answer = SimpleResponse.Builder.status(exchange.status());
		exchange.headers().forEach(answer::withHeader);
		if (exchange.body() != null && !exchange.body().isEmpty()) {
			answer.withBody(exchange.body());
		}
		else if (exchange.body() == null && exchange.binaryBody()) {
			answer.withBody("binary"); // a download: its presence and content type are checked, not its bytes
		}
		ValidationReport report = validator.validateResponse(exchange.rawPath(),
				Request.Method.valueOf(exchange.method()), answer.build());
		if (errors(report, false).findAny().isPresent()) {
			String body = exchange.body();
			return Optional.of(call + " answered " + exchange.status()
					+ " outside the API description (docs/openapi.json):\n" + describe(report, false) + "\nbody: "
					+ (body == null ? "(binary)" : body.length() > 500 ? body.substring(0, 500) + "…" : body));
		}
		return Optional.empty();
	}

	/**
	 * The body as the server reads it: a UTF-8 byte order mark (Windows tools write one) is skipped by the server's
	 * JSON reader, and a JSON {@code null} is no body, so an operation whose body is optional takes it as absent.
	 */
	private static String readableBody(String body) {
		if (body == null) {
			return null;
		}
		String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
		return text.strip().equals("null") ? null : text;
	}

	private static String decode(String text) {
		return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	/**
	 * The errors of a report, less the deliberate leniencies of the server towards requests (docs/api.md): a number
	 * sent as text is read as the number (scripts send what a page holds, docs/security/input.md), a member the
	 * operation does not know is ignored (a client written for a later version still works), and a body sent to an
	 * operation that takes none is ignored. The unknown members allowed are only those the tests send on purpose
	 * ({@link #DELIBERATELY_UNKNOWN}): any other one would be a member the server reads and the description lacks.
	 * Answers get no leniency: a member the description lacks fails.
	 */
	private static java.util.stream.Stream<ValidationReport.Message> errors(ValidationReport report, boolean request) {
		return report.getMessages().stream()
			.filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
			.filter(message -> !(request && NUMBER_AS_TEXT.matcher(message.getMessage()).find()))
			.filter(message -> !(request && message.getKey().equals("validation.request.body.unexpected")))
			.filter(message -> !(request && deliberatelyUnknown(message)));
	}

	/**
	 * Members no operation knows, sent by tests to show that an unknown member is ignored (docs/api.md):
	 * ProjectIntegrationTests' {@code colour}, MalformedInputIntegrationTests' {@code x}.
	 */
	private static final java.util.Set<String> DELIBERATELY_UNKNOWN = java.util.Set.of("colour", "x");

	private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"([^\"]*)\"");

	private static boolean deliberatelyUnknown(ValidationReport.Message message) {
		if (!message.getKey().equals("validation.request.body.schema.additionalProperties")) {
			return false;
		}
		java.util.regex.Matcher names = QUOTED.matcher(message.getMessage());
		boolean any = false;
		while (names.find()) {
			if (!DELIBERATELY_UNKNOWN.contains(names.group(1))) {
				return false;
			}
			any = true;
		}
		return any;
	}

	private static final java.util.regex.Pattern NUMBER_AS_TEXT = java.util.regex.Pattern
		.compile("Instance type \\(string\\) does not match any allowed primitive type \\(allowed: \\[\"(integer|number)\"(,\"null\")?\\]\\)");

	private static String describe(ValidationReport report, boolean request) {
		return errors(report, request)
			.map(message -> "  " + message.getKey() + ": " + message.getMessage())
			.collect(Collectors.joining("\n"));
	}

	private static OpenApiInteractionValidator load(int port) {
		try {
			HttpResponse<String> description = HttpClient.newHttpClient().send(
					BrowserlessClient.basic("http://localhost:" + port + "/v3/api-docs", "admin", JsonApi.PASSWORD)
						.GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (description.statusCode() != 200) {
				throw new IllegalStateException("/v3/api-docs answered " + description.statusCode());
			}
			return OpenApiInteractionValidator.createForInlineApiSpecification(description.body())
				.withLevelResolver(LevelResolver.create()
					// The test client sends Basic credentials; which user is the server's business, not the shape's.
					.withLevel("validation.request.security", ValidationReport.Level.IGNORE)
					.build())
				.build();
		}
		catch (Exception e) {
			throw new IllegalStateException("The API description could not be read for validation", e);
		}
	}
}
