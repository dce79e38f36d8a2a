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
 * Only operations whose handler reads each file's stream once are listed: one {@code MultipartFile}, or several
 * through {@link ArrivingFiles} (a handler binding a {@code List<MultipartFile>} would see only the first file).
 * Their forms send every field before the files (the templates put the file inputs last, see
 * docs/modules/storage.md *One pass*). A page's request is read to its end after the handler has answered, so a
 * form shown again (a refused upload, what the user typed kept) reaches the browser.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StreamedUploadFilter extends OncePerRequestFilter {

	/** POST operations that take their files as streams (controllers in proposal, board, consultation, document). */
	static final List<Pattern> STREAMED = List.of(
			Pattern.compile("/api/v1/proposals/\\d+/attachments"),
			Pattern.compile("/api/v1/posts/\\d+/attachments"),
			Pattern.compile("/api/v1/consultations/\\d+/files"),
			Pattern.compile("/api/v1/folders/\\d+/documents"),
			// the browser's forms
			Pattern.compile("/projects/\\d+/documents"),
			Pattern.compile("/projects/\\d+/board"),
			Pattern.compile("/projects/\\d+/consultations"),
			Pattern.compile("/proposals/\\d+/attachments"),
			Pattern.compile("/board/posts/\\d+/replies"),
			Pattern.compile("/consultations/\\d+/comments"),
			Pattern.compile("/consultations/\\d+/files"));

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
		try {
			chain.doFilter(streamed, response);
		}
		finally {
			if (!isApi(request)) {
				streamed.readRest();
			}
		}
	}

	/** API clients get their answer at once; what they still send is the container's to swallow or cut. */
	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
	}

	/** Spring's -1 (no limit) is the parser's -1 too; anything else as it is. */
	private static long limit(long bytes) {
		return bytes < 0 ? -1 : bytes;
	}
}
