package jp.kyoyu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.kyoyu.support.ProjectFixtures;

/**
 * The bounded malformed-input run (issue #15): every POST/PUT/PATCH/DELETE operation that {@code /v3/api-docs}
 * describes gets malformed shapes - wrong JSON types, nulls in arrays, huge numbers, empty and garbage bodies,
 * control characters, bidi overrides and lone surrogates in strings, a NUL in a multipart file name, ids that do
 * not exist, are not numbers or are very long - from an administrator and a project member, with a fixed seed.
 * No answer may be a 5xx, and no body may show a stack trace, SQL or a Java class name.
 *
 * <p>
 * The run changes whatever its garbage happens to be accepted for (settings, master data), so its context is
 * thrown away afterwards instead of being shared with the next test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MalformedInputIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	/** An administrator, and the project's members on both sides, so calls get past authorization. */
	static final List<String> USERS = List.of("admin", "kantoku", "genba");

	/** The fixed seed: a failure found once is found again. */
	static final long SEED = 20261207L;

	static final int MINIMUM_REQUESTS = 5_000;

	/**
	 * What a body must never show: a stack frame, an exception, a package, SQL. "SQL" counts as a word only: a random
	 * token (a calendar feed's URL, base64url) may hold the three letters by chance.
	 */
	static final Pattern LEAK = Pattern.compile(
			"at [a-z]+\\.|Exception|org\\.|java\\.|jp\\.kyoyu|(?<![A-Za-z0-9_-])SQL(?![A-Za-z0-9_-])");

	/** Strings a user should not be able to break anything with (JSON-escaped where JSON needs it). */
	static final List<String> BAD_STRINGS = List.of("\\u0000", "a\\u0000b", "\\u202Eexe.jpg", "\\u2066x\\u2069",
			"\\ud800", "x\\udfff", "\\u0085\\u009b", "\\u0007\\u001b[31m", "", " ", "'; drop table x; --",
			"<script>alert(1)</script>", "${jndi:ldap://x}", "%s%n%x", "../../etc/passwd", "\\uFEFF", "\\uFFFF");

	/** JSON values of the wrong type or of absurd size, for any field. */
	static final List<String> BAD_VALUES = List.of("null", "[null]", "[null,null]", "{}", "[]", "{\"a\":null}", "true",
			"-1", "0", "1e999", "-1e999", "99999999999999999999999999999", "9223372036854775808", "1.5", "\"\"",
			"[[[[[]]]]]", "[1,\"a\",null,{}]", "\"2026-13-45\"", "\"25:61\"", "\"NaN\"", "[\"\\u0000\"]");

	static final List<String> BAD_BODIES = List.of("", " ", "{", "}", "not json", "null", "[]", "[null]", "\"text\"",
			"12", "{}", "{\"a\":", "{\"a\":1,}", "\u0000", "{\"x\":\"\\ud800\"}", "\uFEFF{}", "[".repeat(2000));

	static final List<String> BAD_IDS = List.of("1", "2", "3", "0", "-1", "999999999", "9223372036854775807",
			"9223372036854775808", "abc", "1.5", "null", "%00", "%E2%80%AE", "9".repeat(400), "x".repeat(300),
			UUID.randomUUID().toString(), "%20", "true");

	static final List<String> BAD_FILE_NAMES = List.of("a\u0000b.pdf", "\u0000", "photo\u202Egpj.exe",
			"\u2066x\u2069.txt", "../../../etc/passwd", "..", ".", "", " ", "C:\\windows\\x.txt", "x".repeat(1000) + ".pdf",
			"a\u0001\u001f\u007f.txt", "a\u0085\u009f.txt", "名前\r\nX-Injected: 1.txt", "a\"b.pdf", "%00.pdf");

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlerMapping;

	final ObjectMapper json = new ObjectMapper();

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	final Random random = new Random(SEED);

	@Test
	void noMalformedRequestGetsA5xxOrLeaksInternals() throws Exception {
		Map<String, String> ids = fixtures();
		List<Operation> operations = operations();
		assertThat(operations).as("the API description lists the write operations").hasSizeGreaterThan(20);
		int perOperation = MINIMUM_REQUESTS / operations.size() + 1;

		List<String> failures = new ArrayList<>();
		int sent = 0;
		int failed = 0;
		Map<String, Long> millis = new LinkedHashMap<>();
		for (Operation operation : operations) {
			long started = System.nanoTime();
			for (int i = 0; i < perOperation; i++) {
				String user = pick(USERS);
				String path = path(operation, ids);
				Shape shape = operation.multipart() ? multipartShape(operation) : jsonShape(operation);
				HttpResponse<String> response = send(operation.method(), path, user, shape);
				sent++;
				String problem = problem(response);
				failed += problem == null ? 0 : 1;
				if (problem != null && failures.size() < 60) {
					failures.add(operation.method() + " " + path + " as " + user + " with " + shape.describe() + " -> "
							+ response.statusCode() + " " + problem + ": " + abbreviate(response.body()));
				}
			}
			millis.put(operation.method() + " " + operation.path() + (operation.multipart() ? " multipart " : " ")
					+ operation.fields() + " " + operation.query(),
					(System.nanoTime() - started) / 1_000_000);
		}
		System.out.println("Malformed-input run: " + sent + " requests over " + operations.size()
				+ " operations (seed " + SEED + "), " + failed + " failures");
		millis.forEach((operation, ms) -> System.out.println("  " + ms + " ms  " + operation + (operation.contains("file") ? "" : "")));
		failures.forEach(System.out::println);
		assertThat(sent).isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
		assertThat(failures).as("answers that were 5xx or leaked internals").isEmpty();
	}

	/**
	 * The portal's own form posts (every POST of a {@code @Controller} that is not the JSON API) get malformed
	 * form fields and path variables from a logged-in session with its CSRF token: no 5xx, and no error page
	 * showing internals.
	 */
	@Test
	void noMalformedPortalFormPostGetsA5xx() throws Exception {
		Map<String, String> ids = fixtures();
		List<String> routes = new ArrayList<>();
		handlerMapping.getHandlerMethods().forEach((info, method) -> {
			boolean page = method.getBeanType().isAnnotationPresent(org.springframework.stereotype.Controller.class)
					&& !method.getBeanType().isAnnotationPresent(org.springframework.web.bind.annotation.RestController.class)
					&& method.getBeanType().getName().startsWith("jp.kyoyu.");
			if (page && info.getMethodsCondition().getMethods().contains(org.springframework.web.bind.annotation.RequestMethod.POST)) {
				info.getPatternValues().stream().filter(path -> !path.contains("logout")).forEach(routes::add);
			}
		});
		routes.sort(null);
		assertThat(routes).as("the portal's form posts").hasSizeGreaterThan(20);
		Map<String, jp.kyoyu.support.BrowserlessClient> sessions = new LinkedHashMap<>();
		Map<String, String> tokens = new LinkedHashMap<>();
		for (String user : USERS) {
			jp.kyoyu.support.BrowserlessClient client = new jp.kyoyu.support.BrowserlessClient(port);
			client.login(user, PASSWORD);
			sessions.put(user, client);
			tokens.put(user, jp.kyoyu.support.BrowserlessClient.csrfToken(client.get("/account").body()));
		}
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (String route : routes) {
			Operation operation = new Operation("POST", route, false, Map.of(), List.of());
			for (int i = 0; i < 12; i++) {
				String user = pick(USERS);
				StringBuilder form = new StringBuilder("_csrf=" + encode(tokens.get(user)));
				for (String field : PAGE_FIELDS) {
					if (random.nextBoolean()) {
						form.append('&').append(field).append('=').append(encode(pageValue()));
					}
				}
				HttpResponse<String> response = sessions.get(user).postForm(path(operation, ids), form.toString());
				sent++;
				boolean leaks = response.statusCode() >= 400 && LEAK.matcher(response.body()).find();
				// Tomcat drops a Location header it cannot encode and still answers 302: a redirect to nowhere.
				boolean lost = response.statusCode() / 100 == 3 && response.headers().firstValue("Location").isEmpty();
				if ((response.statusCode() >= 500 || leaks || lost) && failures.size() < 40) {
					failures.add("POST " + route + " as " + user + " with " + abbreviate(form.toString()) + " -> "
							+ response.statusCode() + ": " + (leaks ? leakInContext(response.body()) : abbreviate(response.body())));
				}
			}
		}
		System.out.println("Malformed portal form posts: " + sent + " requests over " + routes.size() + " routes, "
				+ failures.size() + " failures");
		failures.forEach(System.out::println);
		assertThat(failures).as("portal answers that were 5xx or leaked internals").isEmpty();
	}

	/** Field names the portal's forms use, each sent (or not) with a malformed value. */
	static final List<String> PAGE_FIELDS = List.of("title", "body", "name", "id", "userId", "role", "projectId",
			"folderId", "parentId", "date", "start", "end", "kind", "type", "users", "groups", "recipients", "audience",
			"everywhere", "fiscalYear", "periodStart", "periodEnd", "password", "email", "side", "value", "level",
			"action", "comment", "route", "category", "uploadIds", "page", "version", "enabled", "MY_NUMBER");

	String pageValue() {
		return switch (random.nextInt(6)) {
			case 0 -> pick(List.of("", " ", "-1", "0", "99999999999999999999", "abc", "null", "true", "2026-13-45"));
			case 1 -> pick(List.of("\u0000", "a\u202Eb", "\u2066", "\u0085", "\u001b[31m", "\ud800"));
			case 2 -> "長".repeat(random.nextBoolean() ? 300 : 20_000);
			case 3 -> pick(List.of("<script>", "${7*7}", "[[${T(java.lang.Runtime)}]]", "'; drop table x; --"));
			case 4 -> "4111 1111 1111 1111";
			default -> "題名";
		};
	}

	/** The leaked text with what stands around it, so a failure says what the page gave away. */
	static String leakInContext(String body) {
		Matcher leak = LEAK.matcher(body);
		if (!leak.find()) {
			return abbreviate(body);
		}
		return "leaks \"" + body.substring(Math.max(0, leak.start() - 120), Math.min(body.length(), leak.end() + 120))
				+ "\"";
	}

	static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * A fresh works project of sokatsu with kantoku and genba as members, holding one of each record the write
	 * operations address, so that most calls get past the lookup and the membership check to the input itself.
	 */
	Map<String, String> fixtures() throws Exception {
		Map<String, String> ids = new LinkedHashMap<>();
		String projectId = String.valueOf(new ProjectFixtures(port).works("不正入力")
			.member("kantoku", "SUPERVISOR")
			.member("genba", "SITE_AGENT")
			.create());
		ids.put("project", projectId);
		ids.put("posts", created("POST", "/api/v1/projects/" + projectId + "/posts", "kantoku",
				"{\"title\":\"連絡\",\"body\":\"本文\"}"));
		ids.put("proposals", created("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				"{\"type\":\"worksMeetingRecord\",\"title\":\"打合せ\"}"));
		ids.put("consultations", created("POST", "/api/v1/projects/" + projectId + "/consultations", "genba",
				"{\"title\":\"事前打合せ\",\"body\":\"資料\",\"notify\":\"BOARD\"}"));
		ids.put("folderId", created("POST", "/api/v1/projects/" + projectId + "/folders", "genba",
				"{\"name\":\"不正入力\",\"parentId\":null}"));
		ids.put("uploadId", created("POST", "/api/v1/projects/" + projectId + "/uploads", "genba",
				"{\"name\":\"a.txt\",\"size\":10,\"contentType\":\"text/plain\"}"));
		String boundary = "fixture" + UUID.randomUUID();
		String document = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n図面\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"category\"\r\n\r\n図面\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"date\"\r\n\r\n2026-06-01\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\nabc\r\n--" + boundary + "--\r\n";
		HttpResponse<String> registered = send("POST", "/api/v1/folders/" + ids.get("folderId") + "/documents", "genba",
				new Shape("multipart/form-data; boundary=" + boundary, document.getBytes(StandardCharsets.UTF_8), "fixture"));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		ids.put("documentId", json.readTree(registered.body()).get("id").asText());
		return ids;
	}

	String created(String method, String path, String user, String body) throws Exception {
		HttpResponse<String> created = send(method, path, user, Shape.json(body));
		assertThat(created.statusCode()).as(path + " " + created.body()).isBetween(200, 299);
		JsonNode id = json.readTree(created.body()).get("id");
		return id == null ? null : id.asText();
	}

	List<Operation> operations() throws Exception {
		HttpResponse<String> docs = send("GET", "/v3/api-docs", "admin", Shape.json(null));
		assertThat(docs.statusCode()).isEqualTo(200);
		JsonNode root = json.readTree(docs.body());
		List<Operation> operations = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
			Map.Entry<String, JsonNode> path = paths.next();
			for (String method : List.of("post", "put", "patch", "delete")) {
				JsonNode operation = path.getValue().get(method);
				if (operation == null) {
					continue;
				}
				JsonNode content = operation.path("requestBody").path("content");
				JsonNode schema = content.has("multipart/form-data") ? content.path("multipart/form-data").path("schema")
						: content.path("application/json").path("schema");
				Map<String, String> fields = new LinkedHashMap<>();
				collectFields(root, schema, fields, 0);
				List<String> query = new ArrayList<>();
				operation.path("parameters").forEach(parameter -> {
					if ("query".equals(parameter.path("in").asText())) {
						query.add(parameter.path("name").asText());
					}
				});
				// springdoc describes a MultipartFile request parameter as a body property or as a query parameter.
				if (query.remove("file")) {
					fields.put("file", "file");
				}
				boolean multipart = content.has("multipart/form-data") || fields.containsValue("file");
				operations.add(new Operation(method.toUpperCase(), path.getKey(), multipart, fields, query));
			}
		}
		return operations;
	}

	/** Property name → OpenAPI type of the body's schema, following {@code $ref}s to the components. */
	static void collectFields(JsonNode root, JsonNode schema, Map<String, String> fields, int depth) {
		if (depth > 3 || schema == null || schema.isMissingNode()) {
			return;
		}
		if (schema.has("$ref")) {
			String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
			collectFields(root, root.path("components").path("schemas").path(name), fields, depth + 1);
			return;
		}
		for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
			Map.Entry<String, JsonNode> property = properties.next();
			JsonNode type = property.getValue();
			String kind = type.has("$ref") ? "object" : type.path("type").asText("string");
			if ("string".equals(kind) && "binary".equals(type.path("format").asText())
					|| "array".equals(kind) && "binary".equals(type.path("items").path("format").asText())) {
				kind = "file";
			}
			fields.put(property.getKey(), kind);
		}
	}

	String path(Operation operation, Map<String, String> ids) {
		Matcher variables = Pattern.compile("\\{([^}]+)}").matcher(operation.path());
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String name = variables.group(1);
			String real = ids.get(name);
			if (real == null && (name.equals("id") || name.equals("projectId"))) {
				String collection = operation.path().replaceFirst("^/api/v1/([^/]+)/.*", "$1");
				real = ids.get(collection.equals("projects") ? "project" : collection);
			}
			// The run's own records are not deleted, or every later call would only meet 404s.
			boolean deletes = operation.method().equals("DELETE") && operation.path().endsWith("{" + name + "}");
			String value = real != null && !deletes && random.nextInt(4) > 0 ? real : pick(BAD_IDS);
			variables.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		variables.appendTail(path);
		if (!operation.query().isEmpty() && random.nextBoolean()) {
			path.append('?');
			for (String name : operation.query()) {
				path.append(name).append('=').append(pick(List.of("", "abc", "-1", "%00", "%E2%80%AE", "9".repeat(30),
						"2026-13-45", "%ED%A0%80", "null"))).append('&');
			}
		}
		return path.toString();
	}

	Shape jsonShape(Operation operation) {
		int kind = random.nextInt(10);
		if (kind < 2 || operation.fields().isEmpty() && kind < 5) {
			return Shape.json(pick(BAD_BODIES));
		}
		StringBuilder body = new StringBuilder("{");
		List<String> names = new ArrayList<>(operation.fields().keySet());
		if (names.isEmpty()) {
			names.add(pick(List.of("notify", "title", "name", "id", "values")));
		}
		for (String name : names) {
			if (body.length() > 1) {
				body.append(',');
			}
			body.append('"').append(name).append("\":").append(value(operation.fields().getOrDefault(name, "string")));
		}
		return Shape.json(body.append('}').toString());
	}

	/** A value for a field: mostly wrong in type or content, sometimes plausible so the others are reached. */
	String value(String type) {
		return switch (random.nextInt(5)) {
			case 0 -> pick(BAD_VALUES);
			case 1 -> '"' + pick(BAD_STRINGS) + '"';
			case 2 -> "\"" + "長".repeat(random.nextBoolean() ? 300 : 20_000) + "\"";
			case 3 -> "[\"" + pick(BAD_STRINGS) + "\", null]";
			default -> switch (type) {
				case "integer", "number" -> String.valueOf(random.nextInt(5));
				case "boolean" -> "true";
				case "array" -> "[\"kantoku\"]";
				case "object" -> "{\"users\":[null],\"groups\":[1]}";
				default -> "\"題名" + pick(BAD_STRINGS) + "\"";
			};
		};
	}

	Shape multipartShape(Operation operation) {
		String boundary = "kyoyu" + random.nextInt(1_000_000);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int kind = random.nextInt(8);
		if (kind == 0) {
			return new Shape("multipart/form-data; boundary=" + boundary, pick(BAD_BODIES).getBytes(StandardCharsets.UTF_8),
					"garbage multipart");
		}
		String fileName = pick(BAD_FILE_NAMES);
		for (Map.Entry<String, String> field : operation.fields().entrySet()) {
			if (field.getValue().equals("file")) {
				if (kind == 1) {
					continue; // no file part at all
				}
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
						+ "\"; filename=\"").getBytes(StandardCharsets.UTF_8));
				// Raw bytes: a NUL and an unpaired surrogate's UTF-8 form cannot be typed, only sent.
				body.writeBytes(kind == 2 ? new byte[] { 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '.', 'p', 'd', 'f' }
						: fileName.getBytes(StandardCharsets.UTF_8));
				body.writeBytes(("\"\r\nContent-Type: " + pick(List.of("application/pdf", "", "x", "*/*", "text/html\u0000"))
						+ "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
				body.writeBytes(pick(List.of("%PDF-1.7 broken", "", "PK\u0003\u0004garbage", "本文")).getBytes(StandardCharsets.UTF_8));
				body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			else {
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
						+ "\"\r\n\r\n" + pick(List.of("abc", "-1", "", "\u0000", "\u202E", "9".repeat(40)))
						+ "\r\n").getBytes(StandardCharsets.UTF_8));
			}
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return new Shape("multipart/form-data; boundary=" + boundary, body.toByteArray(),
				"multipart file name " + json.valueToTree(kind == 2 ? "<unpaired surrogate>" : fileName));
	}

	HttpResponse<String> send(String method, String path, String user, Shape shape) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
		if (shape.contentType() != null) {
			request.header("Content-Type", shape.contentType());
		}
		request.method(method, shape.body() == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(shape.body()));
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static String problem(HttpResponse<String> response) {
		if (response.statusCode() >= 500) {
			return "server error";
		}
		Matcher leak = LEAK.matcher(response.body());
		return leak.find() ? "leaks \"" + leak.group() + "\"" : null;
	}

	<T> T pick(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	static String abbreviate(String body) {
		return body.length() > 300 ? body.substring(0, 300) + "…" : body;
	}

	record Operation(String method, String path, boolean multipart, Map<String, String> fields, List<String> query) {
	}

	record Shape(String contentType, byte[] body, String describe) {

		static Shape json(String text) {
			return new Shape("application/json", text == null ? null : text.getBytes(StandardCharsets.UTF_8),
					text == null ? "no body" : "JSON " + abbreviate(text.replace("\u0000", "\\0")));
		}
	}
}
