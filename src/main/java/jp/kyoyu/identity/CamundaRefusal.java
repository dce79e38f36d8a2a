package jp.kyoyu.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.web.ApiProblems;
import jp.kyoyu.shared.web.EngineCallRefusal;

/**
 * Writes a refusal of a Camunda call as the JSON API's problem ({@link ApiProblems}: type, title, status, detail,
 * {@code errors: [{field, message}]}), plus the messages once more as a top-level {@code message}: that is where
 * Tasklist and Cockpit look for the text they show.
 */
final class CamundaRefusal {

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
		response.setContentType(ApiProblems.MEDIA_TYPE.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(new String(body(request, status, List.of(new FieldProblem(null, message))),
				StandardCharsets.UTF_8));
		response.getWriter().flush();
	}

	static byte[] body(HttpServletRequest request, int status, List<FieldProblem> problems) {
		return new EngineCallRefusal(status, problems).body();
	}
}
