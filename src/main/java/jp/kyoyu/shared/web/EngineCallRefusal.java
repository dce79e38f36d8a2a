package jp.kyoyu.shared.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import jp.kyoyu.shared.FieldProblem;

/**
 * Why Kyoyu's code refused a call that came through Camunda's REST API (a task listener, say). Camunda wraps such an
 * exception into its own 500 with the exception's text; the module that refused remembers its answer on the
 * current request here, and the filter that writes engine REST error bodies answers with it instead.
 *
 * @param status the HTTP status the refusal deserves (400, 403, 404, 409 ...)
 */
public record EngineCallRefusal(int status, List<FieldProblem> problems) {

	private static final String ATTRIBUTE = EngineCallRefusal.class.getName();

	/** Remembers the refusal on the current request; nothing happens outside a request (timers, tests). */
	public static void remember(int status, List<FieldProblem> problems) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(ATTRIBUTE, new EngineCallRefusal(status, List.copyOf(problems)),
					RequestAttributes.SCOPE_REQUEST);
		}
	}

	/** The same for a filter, which has the request at hand. */
	public static void remember(jakarta.servlet.ServletRequest request, int status, String message) {
		request.setAttribute(ATTRIBUTE, new EngineCallRefusal(status, List.of(new FieldProblem(null, message))));
	}

	public static Optional<EngineCallRefusal> of(jakarta.servlet.ServletRequest request) {
		return Optional.ofNullable((EngineCallRefusal) request.getAttribute(ATTRIBUTE));
	}

	/**
	 * The refusal as the engine REST answers it: the JSON API's problem ({@link ApiProblems}) plus the messages once
	 * more as a top-level {@code message}, which is where Tasklist and Cockpit look for the text they show.
	 */
	public byte[] body() {
		Map<String, Object> body = ApiProblems.members(status, problems);
		body.put("message", problems.stream().map(FieldProblem::message).collect(Collectors.joining(" ")));
		return ApiProblems.bytes(body);
	}
}
