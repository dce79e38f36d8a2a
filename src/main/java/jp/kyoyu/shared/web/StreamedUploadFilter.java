package jp.kyoyu.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jp.kyoyu.shared.Wording;

/**
 * Uploads through HTTP in one pass (issue #21, docs/modules/storage.md *One pass*): for the API's single-file
 * upload operations the multipart body is not put on disk by the container but read as it arrives
 * ({@link StreamedMultipartRequest}), so the file streams straight into the storage module. Wrapping happens
 * before any filter can ask for a parameter (a {@code getParameter} on the container's request would make Tomcat
 * write every part to its multipart directory first); Spring's {@code DispatcherServlet} then finds a multipart
 * request already and leaves it alone. The same limits apply ({@code spring.servlet.multipart.*}) and give the
 * same Japanese 413; a NUL in a file name is the same 400 as {@link MalformedRequestFilter}'s.
 * <p>
 * Only operations whose handler takes one {@code file} and reads its stream once are listed: a handler binding a
 * list of files (the document register) needs every part before it runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StreamedUploadFilter extends OncePerRequestFilter {

	/** POST operations that take their one file as a stream (controllers in proposal, board and consultation). */
	static final List<Pattern> STREAMED = List.of(
			Pattern.compile("/api/v1/proposals/\\d+/attachments"),
			Pattern.compile("/api/v1/posts/\\d+/attachments"),
			Pattern.compile("/api/v1/consultations/\\d+/files"));

	private final ObjectProvider<MultipartProperties> multipart;

	StreamedUploadFilter(ObjectProvider<MultipartProperties> multipart) {
		this.multipart = multipart;
	}

	static boolean isStreamed(HttpServletRequest request) {
		String type = request.getContentType();
		if (!"POST".equals(request.getMethod()) || type == null || !type.regionMatches(true, 0, "multipart/form-data", 0, 19)) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return STREAMED.stream().anyMatch(pattern -> pattern.matcher(path).matches());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isStreamed(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		MultipartProperties properties = multipart.getIfAvailable(MultipartProperties::new);
		StreamedMultipartRequest streamed;
		try {
			streamed = new StreamedMultipartRequest(request, limit(properties.getMaxFileSize().toBytes()),
					limit(properties.getMaxRequestSize().toBytes()));
		}
		catch (InvalidFileNameException e) {
			request.setAttribute(MalformedRequestFilter.MESSAGE, Wording.of("error.request.nul-in-file-name"));
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(streamed, response);
	}

	/** Spring's -1 (no limit) is the parser's -1 too; anything else as it is. */
	private static long limit(long bytes) {
		return bytes < 0 ? -1 : bytes;
	}
}
