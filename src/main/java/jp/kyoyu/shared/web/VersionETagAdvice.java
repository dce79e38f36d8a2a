package jp.kyoyu.shared.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import jp.kyoyu.shared.Versioned;

/**
 * Every JSON answer that is one versioned record (GET of one, the answer of a PUT or POST) gets its {@code ETag}
 * here, so no controller repeats it. Lists carry the version in each element's {@code version} field instead.
 */
@ControllerAdvice
class VersionETagAdvice implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof Versioned record) {
			response.getHeaders().setETag(ETags.of(record.version()));
		}
		return body;
	}
}
