package jp.kyoyu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON API over real HTTP as a demo user (HTTP Basic): what the modules' test clients share. Each module's
 * client extends it with the calls of its own API. Every call is checked against the served API description
 * ({@link ApiContract}, on the server's side by {@link ApiContractFilter}): an answer the description does not
 * allow fails the test.
 */
public class JsonApi {

	public static final String PASSWORD = "Kyoyu#Demo2026";

	public final ObjectMapper json = new ObjectMapper();

	public final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	protected JsonApi(int port) {
		this.port = port;
	}

	/** A call with a JSON body: a String is sent as it is (already JSON), anything else is written as JSON. */
	public HttpResponse<String> send(String method, String path, String user, Object body) throws Exception {
		String text = body == null ? null : body instanceof String string ? string : json.writeValueAsString(body);
		HttpRequest.BodyPublisher publisher = text == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
		HttpResponse<String> response = http.send(BrowserlessClient.basic(url(path), user, PASSWORD)
			.header("Content-Type", "application/json")
			.method(method, publisher)
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (uncheckedByServer(response)) {
			ApiContract.check(port, method, path, text == null ? null : "application/json", text, response,
					response.body());
		}
		return response;
	}

	public HttpResponse<String> get(String path, String user) throws Exception {
		return send("GET", path, user, null);
	}

	/** A download, with optional request headers as name, value pairs. */
	public HttpResponse<byte[]> bytes(String path, String user, String... headers) throws Exception {
		HttpRequest.Builder request = BrowserlessClient.basic(url(path), user, PASSWORD).GET();
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		boolean text = response.headers().firstValue("Content-Type").filter(type -> type.contains("json")).isPresent();
		if (uncheckedByServer(response)) {
			ApiContract.check(port, "GET", path, null, null, response,
					text ? new String(response.body(), StandardCharsets.UTF_8) : null);
		}
		return response;
	}

	/**
	 * A multipart POST of form fields and files (name → content), the files under the part name {@code file},
	 * typed {@code application/pdf} when their name ends in {@code .pdf}.
	 */
	public HttpResponse<String> multipart(String path, String user, Map<String, String> fields,
			Map<String, byte[]> files) throws Exception {
		return post(path, user, fields, files,
				name -> name.endsWith(".pdf") ? "application/pdf" : "application/octet-stream");
	}

	/** One file {@code name} with text {@code content} as part {@code file}, typed as plain bytes whatever its name. */
	public HttpResponse<String> upload(String path, String user, String name, String content) throws Exception {
		return post(path, user, Map.of(), Map.of(name, content.getBytes(StandardCharsets.UTF_8)),
				any -> "application/octet-stream");
	}

	/** A multipart POST with each file's content type from its name. */
	protected HttpResponse<String> post(String path, String user, Map<String, String> fields,
			Map<String, byte[]> files, UnaryOperator<String> typeOf) throws Exception {
		String boundary = "kyoyu" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			String type = typeOf.apply(file.getKey());
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ file.getKey() + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.getValue());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(BrowserlessClient.basic(url(path), user, PASSWORD)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (uncheckedByServer(response)) {
			ApiContract.check(port, "POST", path, "multipart/form-data; boundary=" + boundary, null, response,
					response.body());
		}
		return response;
	}

	/**
	 * A server started by the tests checks its calls itself ({@link ApiContractFilter}); a Kyoyu started as a
	 * separate JVM (support/KyoyuNode) does not, and is checked here, on the client's side.
	 */
	private static boolean uncheckedByServer(HttpResponse<?> response) {
		return response.headers().firstValue(ApiContractFilter.CHECKED).isEmpty();
	}

	/** The body of a 2xx answer. */
	public JsonNode read(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
		return json.readTree(response.body());
	}

	/** {@code field} of every element of a 200 answer's array. */
	public List<String> titles(HttpResponse<String> response, String field) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<String> titles = new ArrayList<>();
		json.readTree(response.body()).forEach(node -> titles.add(node.get(field).asText()));
		return titles;
	}

	public String url(String path) {
		return "http://localhost:" + port + path;
	}
}
