package jp.kyoyu.shared.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (X6): the one a proxy or client sent in {@code X-Request-Id}, or a new one. It is put
 * into the logging MDC as {@code requestId} (so every log line of the request, and the structured JSON logs, carry
 * it), into the response header (so a user's error report can name it) and into the Tomcat access log pattern
 * (docs/monitoring.md). First of all filters, so a refused login (401) has one too.
 * <p>
 * An incoming id is taken only when it is short and plain: it ends up in log files, and a line break or a very
 * long value there would let a client forge or flood log lines.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final String ATTRIBUTE = RequestIdFilter.class.getName();

	private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = idOf(request);
		MDC.put(MDC_KEY, id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	/** The id this request already got (an error dispatch is the same request), the client's, or a new one. */
	private static String idOf(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof String known) {
			return known;
		}
		String incoming = request.getHeader(HEADER);
		String id = incoming != null && PLAIN_ID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
		request.setAttribute(ATTRIBUTE, id);
		return id;
	}

	/** Error dispatches and async continuations keep the id of the request they belong to. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}
}
