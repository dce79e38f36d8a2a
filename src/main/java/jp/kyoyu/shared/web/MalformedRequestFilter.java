package jp.kyoyu.shared.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jp.kyoyu.shared.Wording;

/**
 * Refuses, before any filter reads a parameter, two requests that otherwise end in a 500 (issue #15):
 * <ul>
 * <li>a multipart body with a NUL in a file name: Tomcat throws while it splits the parts, from whichever
 * {@code getParameter} comes first (the CSRF filter, the locale interceptor), so no handler can catch it. The parts
 * are split here, once, and the request answered 400 naming the problem;</li>
 * <li>a direct request of {@code /error}: with no error to show, Spring Boot's error controller reports 500. The
 * path is only for the container's error dispatches, so a direct request is 404.</li>
 * </ul>
 * It runs right after the character-encoding filter, so the names are already read as UTF-8.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequestFilter extends OncePerRequestFilter {

	/** Read by {@link JapaneseErrorAttributes}: a message more precise than the one chosen by status. */
	static final String MESSAGE = MalformedRequestFilter.class.getName() + ".message";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.REQUEST && isErrorPath(request)) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return;
		}
		// A streamed upload is read as it arrives (StreamedUploadFilter checks its names): never split it into temp files.
		if (isOurMultipart(request) && !StreamedUploadFilter.isStreamed(request)) {
			try {
				request.getParts();
			}
			catch (InvalidFileNameException e) {
				request.setAttribute(MESSAGE, Wording.of("error.request.nul-in-file-name"));
				response.sendError(HttpStatus.BAD_REQUEST.value());
				return;
			}
			catch (IOException | ServletException | RuntimeException e) {
				// Too large, broken or not multipart after all: the resolver meets it again and answers as before.
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isErrorPath(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/error") || path.startsWith("/error/");
	}

	/** Kyoyu's own uploads; Camunda's servlets (engine-rest, webapps) read their bodies themselves. */
	private static boolean isOurMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return type != null && type.regionMatches(true, 0, "multipart/", 0, 10) && !path.startsWith("/engine-rest")
				&& !path.startsWith("/camunda");
	}
}
