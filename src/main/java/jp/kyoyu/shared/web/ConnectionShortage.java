package jp.kyoyu.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.Wording;

/**
 * A request that could not get a database connection within the pool's timeout
 * ({@code spring.datasource.hikari.connection-timeout}) is answered 503 with a Japanese "busy, try again" and a
 * Retry-After, not a 500 (issue #21). Most such failures happen before any controller: the session is read from the
 * database (Spring Session JDBC) in a filter, so this filter sits in front of all but the request id. Inside an API
 * controller {@link ApiExceptionHandler} answers the same. Camunda's REST APIs ({@code /engine-rest}, the webapps'
 * {@code /camunda/api}) get the engine REST problem instead (an HTTP Basic login that cannot check the password
 * included: not a 401, the password may be right); inside Camunda's JAX-RS resources, whose exception mappers would
 * answer their own 500, {@link EngineConnectionShortage} sees to the same answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ConnectionShortage extends OncePerRequestFilter {

	static final String MESSAGE = "error.connection-shortage";

	/** Seconds; the pool's timeout is 10 s, so a retry after that finds the queue that caused it shorter. */
	static final String RETRY_AFTER = "10";

	private static final Logger log = LoggerFactory.getLogger(ConnectionShortage.class);

	/** Whether the failure was Hikari giving up waiting for a connection, however deep the frameworks wrapped it. */
	static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	static void logged(Throwable failure) {
		// one line, no stack trace: under overload there are many, and the cause is the pool, not the code
		log.warn("Answered 503, no database connection in time: {}", rootMessage(failure));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			if (!causedBy(failure) || response.isCommitted()) {
				throw failure;
			}
			logged(failure);
			answer(request, response);
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String message = Wording.of(MESSAGE);
		if (isCamundaApi(request)) {
			// the engine REST problem Camunda's callers get for every error (EngineCallRefusal, docs/api.md)
			response.setContentType(ApiProblems.MEDIA_TYPE + ";charset=UTF-8");
			response.getOutputStream().write(refusal().body());
		}
		else if (wantsHtml(request)) {
			// No template: rendering the layout needs the session and the user, which is what could not be read.
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.getWriter().write("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>"
					+ HtmlUtils.htmlEscape(Wording.of("error.connection-shortage.title")) + "</title></head><body><h1>"
					+ HtmlUtils.htmlEscape(Wording.of("error.connection-shortage.title")) + "</h1><p>"
					+ HtmlUtils.htmlEscape(message) + "</p></body></html>");
		}
		else {
			// the API's RFC 9457 problem, as its description promises every operation's 503 (ApiOperationConventions)
			ApiProblems.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, message);
		}
	}

	/** The refusal a call of Camunda's REST APIs gets, in Kyoyu's problem with Camunda's {@code message}. */
	static EngineCallRefusal refusal() {
		return new EngineCallRefusal(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
				List.of(new FieldProblem(null, Wording.of(MESSAGE))));
	}

	/** {@code /engine-rest/...} and the webapps' {@code /camunda/api/...}: Camunda's REST APIs. */
	private static boolean isCamundaApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
	}

	/** Pages (a browser's Accept names HTML) get a page; the API and everything else get the API's problem. */
	private static boolean wantsHtml(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/") && accept != null
				&& accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}
}
