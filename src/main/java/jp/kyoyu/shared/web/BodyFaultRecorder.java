package jp.kyoyu.shared.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.util.ClassUtil;

/**
 * Lets Jackson go on past a value of the wrong kind in a request body (an unknown choice, words for a number, an
 * impossible date, a list where text belongs), noting it in {@link BodyFaults} and leaving the field empty, so that
 * {@link JsonBodyAdvice} can refuse the body naming every wrong field at once instead of only the first.
 * <p>
 * Faults that Jackson reports without asking a handler (a fraction for a whole number, a number for text) still end
 * the reading; {@link ApiExceptionHandler} then adds that one to those noted before it.
 */
class BodyFaultRecorder extends DeserializationProblemHandler {

	@Override
	public Object handleWeirdStringValue(DeserializationContext context, Class<?> target, String value,
			String failure) {
		return note(context.getParser(), target);
	}

	@Override
	public Object handleWeirdNumberValue(DeserializationContext context, Class<?> target, Number value,
			String failure) {
		return note(context.getParser(), target);
	}

	@Override
	public Object handleUnexpectedToken(DeserializationContext context, JavaType target, JsonToken token,
			JsonParser parser, String failure) throws IOException {
		// An object where a single value belongs: the single-value readers go on with what we return and would
		// break on it, so Jackson's own failure (which names the field too) is the better end.
		if (token == JsonToken.START_OBJECT && !target.isContainerType() && isSingleValue(target.getRawClass())) {
			return NOT_HANDLED;
		}
		String path = path(parser);
		Object empty = note(path, target.getRawClass());
		if (empty != NOT_HANDLED) {
			parser.skipChildren();
		}
		return empty;
	}

	@Override
	public Object handleMissingInstantiator(DeserializationContext context, Class<?> target,
			ValueInstantiator instantiator, JsonParser parser, String failure) throws IOException {
		String path = path(parser);
		Object empty = note(path, target);
		if (empty != NOT_HANDLED) {
			parser.skipChildren();
		}
		return empty;
	}

	private static Object note(JsonParser parser, Class<?> target) {
		return note(path(parser), target);
	}

	/**
	 * The value to go on with. Never used - the body is refused once read - but not null where Jackson can help it:
	 * a null inside a list would end the reading as a null element (§1 of docs/security/input.md) before the fields
	 * after it are looked at.
	 */
	private static Object note(String path, Class<?> target) {
		if (!BodyFaults.add(new BodyFaults.Fault(path, target))) {
			return NOT_HANDLED;
		}
		if (target.isPrimitive()) {
			return ClassUtil.defaultValue(target);
		}
		Class<?> primitive = ClassUtil.primitiveType(target);
		if (primitive != null) {
			return ClassUtil.defaultValue(primitive);
		}
		if (target == String.class) {
			return "";
		}
		if (target == LocalDate.class) {
			return LocalDate.EPOCH;
		}
		if (target.isEnum() && target.getEnumConstants().length > 0) {
			return target.getEnumConstants()[0];
		}
		return null;
	}

	/** {@code "kind"}, {@code "folderIds.0"}; {@code ""} for the body itself. */
	static String path(JsonParser parser) {
		JsonStreamContext context = parser.getParsingContext();
		if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
			context = context.getParent(); // the parser has already stepped into the value
		}
		Deque<String> parts = new ArrayDeque<>();
		for (; context != null && !context.inRoot(); context = context.getParent()) {
			String part = context.inArray() ? String.valueOf(context.getCurrentIndex()) : context.getCurrentName();
			if (part != null) {
				parts.addFirst(part);
			}
		}
		return String.join(".", parts);
	}

	private static boolean isSingleValue(Class<?> type) {
		return type.isPrimitive() || type.isEnum() || Number.class.isAssignableFrom(type) || type == String.class
				|| type == Boolean.class || type.getName().startsWith("java.time.");
	}
}
