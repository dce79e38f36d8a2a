package jp.kyoyu.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.MediaType;

import jp.kyoyu.shared.web.ApiErrorBody;
import jp.kyoyu.shared.web.EngineCallRefusal;

/** Writes a refusal of a Camunda call in the JSON API's shape, {@code {"errors":[{"field":null,"message"}]}}. */
final class CamundaRefusal {

	private static final ObjectMapper JSON = new ObjectMapper();

	private CamundaRefusal() {
	}

	/**
	 * Answers the refusal, and remembers it on the request so that {@link EngineErrorBodies}, wherever it stands in
	 * the filter chain, answers with the same words.
	 */
	static void write(HttpServletRequest request, HttpServletResponse response, int status, String message)
			throws IOException {
		EngineCallRefusal.remember(request, status, message);
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(ApiErrorBody.of(message)));
		response.getWriter().flush();
	}

	static byte[] body(String message) {
		try {
			return JSON.writeValueAsBytes(ApiErrorBody.of(message));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
