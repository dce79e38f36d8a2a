package jp.kyoyu.schedule;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.kyoyu.support.BrowserlessClient;

/** The schedule API over real HTTP with HTTP Basic, and multipart uploads (which BrowserlessClient lacks). */
final class ScheduleTestClient {

	static final String PASSWORD = "Kyoyu#Demo2026";

	private final ObjectMapper json = new ObjectMapper();

	private final BrowserlessClient client;

	ScheduleTestClient(BrowserlessClient client) {
		this.client = client;
	}

	HttpResponse<String> api(String method, String path, String userId, Object body) {
		return api(method, path, userId, PASSWORD, body);
	}

	HttpResponse<String> api(String method, String path, String userId, String password, Object body) {
		HttpRequest.Builder request = BrowserlessClient.basic(client.url(path), userId, password);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return client.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : write(body))).build());
	}

	JsonNode read(HttpResponse<String> response) {
		try {
			return json.readTree(response.body());
		}
		catch (Exception e) {
			throw new IllegalStateException(response.body(), e);
		}
	}

	/** Uploads an .ics as multipart {@code file} with HTTP Basic. */
	HttpResponse<String> upload(String path, String userId, String password, String fileName, byte[] content) {
		String boundary = "----kyoyu" + UUID.randomUUID();
		return client.send(BrowserlessClient.basic(client.url(path), userId, password)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, Map.of(), fileName, content)))
			.build());
	}

	/** Multipart body with plain fields and one file part named {@code file}. */
	static byte[] multipart(String boundary, Map<String, String> fields, String fileName, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		if (content != null) {
			out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: text/calendar\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.writeBytes(content);
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private String write(Object body) {
		try {
			return json.writeValueAsString(body);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
