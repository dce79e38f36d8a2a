package jp.kyoyu.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.MediaType;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.web.ApiErrorBody;
import jp.kyoyu.shared.web.EngineCallRefusal;

/**
 * Writes a refusal of a Camunda call in the JSON API's shape, {@code {"errors":[{"field","message"}]}}, plus the
 * messages once more as a top-level {@code message}: that is where Tasklist and Cockpit look for the text they show.
 */
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
		response.getWriter().write(new String(body(List.of(new FieldProblem(null, message))), StandardCharsets.UTF_8));
		response.getWriter().flush();
	}

	static byte[] body(List<FieldProblem> problems) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("errors", new ApiErrorBody(problems).errors());
		body.put("message", problems.stream().map(FieldProblem::message).collect(Collectors.joining(" ")));
		try {
			return JSON.writeValueAsBytes(body);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
