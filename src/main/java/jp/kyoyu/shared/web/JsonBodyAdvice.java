package jp.kyoyu.shared.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import jp.kyoyu.shared.InvalidInputException;

/**
 * The one way the JSON API reads a request body: Jackson binds it to the controller's record, and here a body with
 * wrong values, or none where one is required, becomes an {@link InvalidInputException} naming every wrong field in
 * Japanese (answered 400 by {@link ApiExceptionHandler}). Rules about the values themselves (required, lengths,
 * what may be chosen) stay in the modules.
 */
@RestControllerAdvice(annotations = RestController.class)
class JsonBodyAdvice extends RequestBodyAdviceAdapter {

	private final JsonFieldMessages messages;

	JsonBodyAdvice(JsonFieldMessages messages) {
		this.messages = messages;
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		BodyFaults.reading(ResolvableType.forType(targetType).toClass());
		return input;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		List<BodyFaults.Fault> faults = BodyFaults.take();
		if (!faults.isEmpty()) {
			throw new InvalidInputException(messages.describe(BodyFaults.bodyType(), faults));
		}
		if (body == null && required(parameter)) { // the body was the word null
			throw new InvalidInputException(List.of(messages.bodyNotAnObject()));
		}
		return body;
	}

	@Override
	public Object handleEmptyBody(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		if (body == null && required(parameter)) {
			throw new InvalidInputException(List.of(messages.bodyNotAnObject()));
		}
		return body;
	}

	private static boolean required(MethodParameter parameter) {
		RequestBody annotation = parameter.getParameterAnnotation(RequestBody.class);
		return annotation != null && annotation.required() && !parameter.isOptional();
	}
}
