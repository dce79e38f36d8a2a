package jp.kyoyu.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.web.ApiProblems;
import jp.kyoyu.shared.web.EngineCallRefusal;

/**
 * Every error answer of Camunda's engine REST API ({@code /engine-rest} and the webapps' {@code /camunda/api/engine})
 * is replaced by Kyoyu's Japanese problem ({@link CamundaRefusal}: RFC 9457 members, {@code errors} and {@code message}): Camunda's own texts are English and name
 * ids of things the caller may not see (a refused message correlation named another project's process instance),
 * exception classes and engine codes. A refusal Kyoyu's own code remembered ({@link EngineCallRefusal}, e.g. a task
 * completed with a wrong form) is answered as such, with its status. Successful answers stream through untouched.
 */
class EngineErrorBodies extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(EngineErrorBodies.class);

	/** The statuses with a message of their own ({@code camunda.error.<status>}); other 4xx share one. */
	private static final Set<Integer> WORDED_STATUSES = Set.of(400, 401, 403, 404, 405, 409, 415);

	private final IdentityTexts texts;

	EngineErrorBodies(IdentityTexts texts) {
		this.texts = texts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (CamundaPath.of(request).door() != CamundaPath.Door.ENGINE) {
			chain.doFilter(request, response);
			return;
		}
		ErrorHoldingResponse held = new ErrorHoldingResponse(response);
		chain.doFilter(request, held);
		if (held.getStatus() < 400 || response.isCommitted()) {
			held.flushBuffer();
			return;
		}
		int status = held.getStatus();
		EngineCallRefusal refusal = EngineCallRefusal.of(request).orElse(null);
		byte[] body;
		if (refusal != null) {
			status = refusal.status();
			body = CamundaRefusal.body(request, status, refusal.problems());
		}
		else {
			if (status >= 500) {
				log.warn("Engine REST {} {} answered {}: {}", request.getMethod(), request.getRequestURI(), status,
						held.withheld == null ? "" : held.withheld.toString(StandardCharsets.UTF_8));
			}
			body = CamundaRefusal.body(request, status, List.of(new FieldProblem(null, texts.get(messageKey(status)))));
		}
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType(ApiProblems.MEDIA_TYPE + ";charset=UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	private static String messageKey(int status) {
		if (status >= 500) {
			return "camunda.error.server";
		}
		return WORDED_STATUSES.contains(status) ? "camunda.error." + status : "camunda.error.client";
	}

	/**
	 * Passes a successful answer straight through; once the status says error, keeps the body (and its length)
	 * back, so the filter can write its own.
	 */
	private static final class ErrorHoldingResponse extends HttpServletResponseWrapper {

		ByteArrayOutputStream withheld;

		private ServletOutputStream stream;

		private PrintWriter writer;

		ErrorHoldingResponse(HttpServletResponse response) {
			super(response);
		}

		private boolean failing() {
			return getStatus() >= 400;
		}

		@Override
		public void sendError(int status, String message) {
			setStatus(status);
			withheld();
		}

		@Override
		public void sendError(int status) {
			sendError(status, null);
		}

		private ByteArrayOutputStream withheld() {
			if (withheld == null) {
				withheld = new ByteArrayOutputStream();
			}
			return withheld;
		}

		@Override
		public void setContentLength(int length) {
			if (!failing()) {
				super.setContentLength(length);
			}
		}

		@Override
		public void setContentLengthLong(long length) {
			if (!failing()) {
				super.setContentLengthLong(length);
			}
		}

		@Override
		public void setHeader(String name, String value) {
			if (!(failing() && HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name))) {
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (!(failing() && HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name))) {
				super.addHeader(name, value);
			}
		}

		@Override
		public void flushBuffer() throws IOException {
			if (writer != null) {
				writer.flush();
			}
			if (!failing()) {
				super.flushBuffer();
			}
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (writer == null) {
				writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
			}
			return writer;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (stream == null) {
				ServletOutputStream real = super.getOutputStream();
				stream = new ServletOutputStream() {

					@Override
					public void write(int b) throws IOException {
						if (failing()) {
							ByteArrayOutputStream kept = withheld();
							if (kept.size() < 64 * 1024) {
								kept.write(b);
							}
						}
						else {
							real.write(b);
						}
					}

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						if (failing()) {
							ByteArrayOutputStream kept = withheld();
							if (kept.size() < 64 * 1024) {
								kept.write(bytes, offset, Math.min(length, 64 * 1024));
							}
						}
						else {
							real.write(bytes, offset, length);
						}
					}

					@Override
					public void flush() throws IOException {
						if (!failing()) {
							real.flush();
						}
					}

					@Override
					public boolean isReady() {
						return real.isReady();
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						real.setWriteListener(listener);
					}
				};
			}
			return stream;
		}
	}
}
