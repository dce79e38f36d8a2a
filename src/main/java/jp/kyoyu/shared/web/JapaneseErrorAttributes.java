package jp.kyoyu.shared.web;

import java.util.List;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;

/**
 * Errors that never reach a controller (unknown paths, filters) still answer in the API's shape, with a
 * Japanese message chosen by status; the HTML error pages read {@code message} from the same place.
 */
@Component
class JapaneseErrorAttributes extends DefaultErrorAttributes {

	private final MessageSource messages;

	JapaneseErrorAttributes(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object status = attributes.get("status");
		Object precise = request.getAttribute(MalformedRequestFilter.MESSAGE, WebRequest.SCOPE_REQUEST);
		String message = precise != null ? precise.toString() : messages.getMessage("error.status." + status, null,
				messages.getMessage("error.unexpected", null, LocaleContextHolder.getLocale()),
				LocaleContextHolder.getLocale());
		if (request.getAttribute(ForbiddenException.REFUSAL_MESSAGE, WebRequest.SCOPE_REQUEST) instanceof String refusal) {
			message = refusal;
		}
		attributes.put("message", message);
		attributes.put("errors", List.of(new FieldProblem(null, message)));
		return attributes;
	}
}
