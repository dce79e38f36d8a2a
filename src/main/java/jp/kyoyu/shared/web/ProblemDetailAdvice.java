package jp.kyoyu.shared.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import jp.kyoyu.shared.FieldProblem;

/**
 * The one place where an error body of the JSON API becomes a problem ({@link ApiProblems}): modules keep
 * answering {@link ApiErrorBody} with the status they choose, and a module added later is covered without knowing
 * of it. It also reshapes Spring Boot's error answers (unknown paths, errors raised in filters) for {@code /api/}
 * paths, which {@link JapaneseErrorAttributes} already words in Japanese. It applies to every controller, the
 * error controller included, hence no annotation filter.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemDetailAdvice implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ApiErrorBody error) {
			response.getHeaders().setContentType(ApiProblems.MEDIA_TYPE);
			return ApiProblems.of(status(response), error.errors());
		}
		if (body instanceof ProblemDetail) {
			response.getHeaders().setContentType(ApiProblems.MEDIA_TYPE);
			return body;
		}
		if (body instanceof Map<?, ?> error && error.keySet().equals(java.util.Set.of("errors")) && status(response) >= 400
				&& error.get("errors") instanceof List<?>) {
			// A module's own {"errors": [...]} map: the same refusal as an ApiErrorBody.
			response.getHeaders().setContentType(ApiProblems.MEDIA_TYPE);
			return ApiProblems.of(status(response), problems(error));
		}
		if (body instanceof Map<?, ?> error && isApiError(error)) {
			response.getHeaders().setContentType(ApiProblems.MEDIA_TYPE);
			return ApiProblems.of(((Number) error.get("status")).intValue(), problems(error));
		}
		return body;
	}

	/** Spring Boot's error attributes of a failed /api/ call (status, path, errors). */
	private static boolean isApiError(Map<?, ?> error) {
		return error.get("status") instanceof Number && error.get("path") instanceof String path
				&& path.startsWith("/api/") && error.get("errors") instanceof List<?>;
	}

	private static List<FieldProblem> problems(Map<?, ?> error) {
		return ((List<?>) error.get("errors")).stream()
			.filter(FieldProblem.class::isInstance)
			.map(FieldProblem.class::cast)
			.toList();
	}

	private static int status(ServerHttpResponse response) {
		return response instanceof ServletServerHttpResponse servlet ? servlet.getServletResponse().getStatus()
				: HttpServletResponse.SC_BAD_REQUEST;
	}
}
