package jp.kyoyu.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks, inside the test server, every call to {@code /api/v1} that any test makes - through {@link JsonApi},
 * {@link BrowserlessClient}, a plain HTTP client or the browser - against the description the server serves
 * (issue #23), so that no client of the tests can pass an answer the description does not allow. What is wrong is
 * collected and fails the test that made the call ({@link ApiContractExtension}); the answer itself goes to the
 * client unchanged, so a test still sees what a real client would.
 * <p>
 * Only JSON bodies are kept for the check (up to {@link #KEPT_BODY}); downloads and multipart uploads stream through
 * untouched, their status and headers checked. An error answered by the container's error page (after
 * {@code sendError} or an exception) is checked at the end of that error dispatch, an asynchronous answer when it
 * completes. A test-only component: the application never runs it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class ApiContractFilter extends OncePerRequestFilter {

	/** The answer header telling {@link JsonApi} that the server has checked the call already. */
	public static final String CHECKED = "X-Kyoyu-Api-Contract";

	private static final int KEPT_BODY = 4 * 1024 * 1024;

	private static final String EXCHANGE = ApiContractFilter.class.getName() + ".exchange";

	private static final ConcurrentLinkedQueue<String> VIOLATIONS = new ConcurrentLinkedQueue<>();

	/** The violations seen since the last call, emptied. */
	static List<String> takeViolations() {
		List<String> taken = new ArrayList<>();
		for (String violation; (violation = VIOLATIONS.poll()) != null;) {
			taken.add(violation);
		}
		return taken;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getDispatcherType() == DispatcherType.REQUEST && !isApi(request.getRequestURI());
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Call call = (Call) request.getAttribute(EXCHANGE);
		if (call == null) {
			if (request.getDispatcherType() != DispatcherType.REQUEST) {
				chain.doFilter(request, response); // an error or async dispatch of a call that is not ours
				return;
			}
			call = new Call(request);
			request.setAttribute(EXCHANGE, call);
			response.setHeader(CHECKED, "true");
			request = call.rereadable(request);
		}
		Recorder recorder = new Recorder(response, call);
		boolean failed = true;
		try {
			chain.doFilter(request, recorder);
			recorder.flushWriter();
			failed = false;
		}
		finally {
			if (request.isAsyncStarted()) {
				Call started = call;
				request.getAsyncContext().addListener(new AsyncListener() {

					@Override
					public void onComplete(AsyncEvent event) {
						started.finish(response);
					}

					@Override
					public void onTimeout(AsyncEvent event) {
					}

					@Override
					public void onError(AsyncEvent event) {
					}

					@Override
					public void onStartAsync(AsyncEvent event) {
					}
				});
			}
			else if (!failed && !recorder.errorSent) {
				call.finish(response);
			}
			// else: the container's error dispatch follows and comes through here again with the same call
		}
	}

	private static boolean isApi(String uri) {
		return uri.startsWith("/api/v1/") || uri.equals("/api/v1");
	}

	/** One call: what was asked, and the JSON answered, across the request's dispatches. */
	private static final class Call {

		private final int port;

		private final String method;

		private final String rawPath;

		private final String rawQuery;

		private final String contentType;

		private byte[] requestBody;

		private final ByteArrayOutputStream answered = new ByteArrayOutputStream();

		private boolean answerTooLong;

		private boolean binaryAnswer;

		private boolean finished;

		Call(HttpServletRequest request) {
			this.port = request.getLocalPort();
			this.method = request.getMethod();
			this.rawPath = request.getRequestURI();
			this.rawQuery = request.getQueryString();
			this.contentType = request.getContentType();
		}

		/** A JSON body is read here, once, and handed on again: the check needs it after the handler read it. */
		HttpServletRequest rereadable(HttpServletRequest request) throws IOException {
			if (contentType == null || !contentType.contains("json")
					|| request.getContentLengthLong() > KEPT_BODY) {
				return request;
			}
			requestBody = request.getInputStream().readAllBytes();
			return new HttpServletRequestWrapper(request) {

				private final ByteArrayInputStream bytes = new ByteArrayInputStream(requestBody);

				@Override
				public ServletInputStream getInputStream() {
					return new ServletInputStream() {

						@Override
						public int read() {
							return bytes.read();
						}

						@Override
						public int read(byte[] buffer, int offset, int length) {
							return bytes.read(buffer, offset, length);
						}

						@Override
						public boolean isFinished() {
							return bytes.available() == 0;
						}

						@Override
						public boolean isReady() {
							return true;
						}

						@Override
						public void setReadListener(ReadListener listener) {
							throw new UnsupportedOperationException();
						}
					};
				}

				@Override
				public java.io.BufferedReader getReader() {
					return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
							request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
									: java.nio.charset.Charset.forName(request.getCharacterEncoding())));
				}
			};
		}

		synchronized void keep(int b, String responseType) {
			if (!isJson(responseType)) {
				binaryAnswer = true;
			}
			else if (answered.size() < KEPT_BODY) {
				answered.write(b);
			}
			else {
				answerTooLong = true;
			}
		}

		synchronized void keep(byte[] buffer, int offset, int length, String responseType) {
			if (length <= 0) {
				return;
			}
			if (!isJson(responseType)) {
				binaryAnswer = true;
			}
			else if (answered.size() + length <= KEPT_BODY) {
				answered.write(buffer, offset, length);
			}
			else {
				answerTooLong = true;
			}
		}

		synchronized void finish(HttpServletResponse response) {
			if (finished) {
				return;
			}
			finished = true;
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String name : response.getHeaderNames()) {
				headers.put(name, new ArrayList<>(response.getHeaders(name)));
			}
			if (response.getContentType() != null) {
				headers.put("Content-Type", List.of(response.getContentType()));
			}
			String body = answerTooLong ? null : binaryAnswer ? null
					: new String(answered.toByteArray(), StandardCharsets.UTF_8);
			try {
				ApiContract.violation(port, new ApiContract.Exchange(method, rawPath, rawQuery, contentType,
						requestBody == null ? null : new String(requestBody, StandardCharsets.UTF_8),
						response.getStatus(), Collections.unmodifiableMap(headers), body,
						binaryAnswer || answerTooLong))
					.ifPresent(VIOLATIONS::add);
			}
			catch (RuntimeException e) {
				VIOLATIONS.add(method + " " + rawPath + ": the call could not be checked: " + e);
			}
		}

		private static boolean isJson(String type) {
			return type != null && type.contains("json");
		}
	}

	/** Passes the answer on untouched, keeping a copy of a JSON body, and notes a {@code sendError}. */
	private static final class Recorder extends HttpServletResponseWrapper {

		private final Call call;

		private ServletOutputStream stream;

		private java.io.PrintWriter writer;

		boolean errorSent;

		Recorder(HttpServletResponse response, Call call) {
			super(response);
			this.call = call;
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			errorSent = true;
			super.sendError(status, message);
		}

		@Override
		public void sendError(int status) throws IOException {
			errorSent = true;
			super.sendError(status);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (stream == null) {
				ServletOutputStream out = super.getOutputStream();
				stream = new ServletOutputStream() {

					@Override
					public void write(int b) throws IOException {
						out.write(b);
						call.keep(b, getContentType());
					}

					@Override
					public void write(byte[] buffer, int offset, int length) throws IOException {
						out.write(buffer, offset, length);
						call.keep(buffer, offset, length, getContentType());
					}

					@Override
					public void flush() throws IOException {
						out.flush();
					}

					@Override
					public void close() throws IOException {
						out.close();
					}

					@Override
					public boolean isReady() {
						return out.isReady();
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						out.setWriteListener(listener);
					}
				};
			}
			return stream;
		}

		@Override
		public java.io.PrintWriter getWriter() throws IOException {
			if (writer == null) {
				String encoding = getCharacterEncoding();
				writer = new java.io.PrintWriter(new java.io.OutputStreamWriter(getOutputStream(),
						encoding == null ? StandardCharsets.ISO_8859_1 : java.nio.charset.Charset.forName(encoding)));
			}
			return writer;
		}

		@Override
		public void flushBuffer() throws IOException {
			flushWriter();
			super.flushBuffer();
		}

		void flushWriter() {
			if (writer != null) {
				writer.flush();
			}
		}
	}
}
