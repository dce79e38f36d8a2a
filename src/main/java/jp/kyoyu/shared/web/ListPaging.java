package jp.kyoyu.shared.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriComponentsBuilder;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/**
 * Pages every list of the JSON API ({@link ApiLists}) in one place: before the handler runs, {@code page} and
 * {@code size} are checked (a wrong one is a 400 naming it, before any work is done); after it, the handler's
 * whole filtered and sorted list is cut to the page and the total and the links are added as headers. Cutting the
 * list here rather than in each module's query keeps every module's filters and sort order exactly as they were;
 * the lists are per project or per user and small enough to hold (their sizes are bounded by the data of one
 * project), so the saving a query-level limit would give is not worth 25 different implementations.
 */
@ControllerAdvice
class ListPaging implements ResponseBodyAdvice<Object>, HandlerInterceptor {

	private static final String REQUESTED = ListPaging.class.getName() + ".page";

	record Page(int page, int size) {
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && ApiLists.isList(method)) {
			request.setAttribute(REQUESTED, requested(request));
		}
		return true;
	}

	static Page requested(HttpServletRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		int page = number(request, ApiLists.PAGE, 0, 0, Integer.MAX_VALUE, problems);
		int size = number(request, ApiLists.SIZE, ApiLists.DEFAULT_SIZE, 1, ApiLists.MAX_SIZE, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Page(page, size);
	}

	/** An absent or empty parameter is the default (docs/api.md: an empty parameter is no filter). */
	private static int number(HttpServletRequest request, String name, int absent, int min, int max,
			List<FieldProblem> problems) {
		String[] values = request.getParameterValues(name);
		if (values == null || values.length == 0 || values[0].isBlank()) {
			return absent;
		}
		try {
			int value = Integer.parseInt(values[0].strip());
			if (values.length == 1 && value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// answered below, the same as a value out of range
		}
		problems.add(new FieldProblem(name, Wording.of("api.list." + name + ".invalid", String.valueOf(min), String.valueOf(max))));
		return absent;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return ApiLists.answersCollection(returnType) || ApiLists.answersPaged(returnType);
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (!(request instanceof ServletServerHttpRequest servlet)) {
			return body;
		}
		if (body instanceof PagedAnswer paged && isApi(servlet)) {
			addHeaders(servlet.getServletRequest(), response, paged.total(), paged.page(), paged.size());
			return body;
		}
		if (!(body instanceof Collection<?> all)
				|| !(servlet.getServletRequest().getAttribute(REQUESTED) instanceof Page requested)) {
			return body;
		}
		long from = (long) requested.page() * requested.size();
		List<?> page = all.stream().skip(from).limit(requested.size()).toList();
		addHeaders(servlet.getServletRequest(), response, all.size(), requested.page(), requested.size());
		return page;
	}

	private static boolean isApi(ServletServerHttpRequest request) {
		return request.getServletRequest().getRequestURI().startsWith("/api/v1/");
	}

	/** The total, and the links to the next page while more follow and to the previous one after the first. */
	private static void addHeaders(HttpServletRequest request, ServerHttpResponse response, long total, int page,
			int size) {
		response.getHeaders().set(ApiLists.TOTAL_COUNT, String.valueOf(total));
		List<String> links = new ArrayList<>();
		if ((long) page * size + size < total) {
			links.add(link(request, page + 1, size, "next"));
		}
		if (page > 0) {
			long last = total == 0 ? 0 : (total - 1) / size;
			links.add(link(request, (int) Math.min(page - 1, last), size, "prev"));
		}
		if (!links.isEmpty()) {
			response.getHeaders().set(ApiLists.LINK, String.join(", ", links));
		}
	}

	/**
	 * The same request with another page, as a path relative to the server (RFC 8288 allows a URI reference): the
	 * same behind any proxy, as the description's server {@code /} is. The client's own query stays as it sent it.
	 */
	private static String link(HttpServletRequest request, int page, int size, String rel) {
		String query = request.getQueryString();
		String target = UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
			.replaceQueryParam(ApiLists.PAGE, page)
			.replaceQueryParam(ApiLists.SIZE, size)
			.build()
			.toUriString();
		return "<" + target + ">; rel=\"" + rel + "\"";
	}
}
