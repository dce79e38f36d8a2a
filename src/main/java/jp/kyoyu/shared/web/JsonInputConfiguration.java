package jp.kyoyu.shared.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

/**
 * How JSON request bodies are read (issue #19: one way for every controller; {@link JsonBodyAdvice} answers).
 * <ul>
 * <li>A {@code null} inside a JSON list ({@code {"notify":[null]}}) is refused while the body is read - 400 naming
 * the field - instead of reaching {@code List.copyOf} or a loop in a module as a 500. Lists of ids, names and rows
 * never mean anything by a null element. Maps are left alone: a form's {@code null} value means "cleared".</li>
 * <li>Request bodies only (the mapper of the MVC converter, not the application's own JSON) take a value as what it
 * says it is, because Jackson's quiet conversions change what the user sent: {@code 2026.5} is not a year (it would
 * be cut to 2026), {@code 20270315} is not a date (it would be days since 1970), {@code 0} is not a choice (it would
 * be the first one), {@code 5} or {@code true} is not text, and {@code 1} is not yes. A number sent as text ({@code "2026"}) is still
 * read, as scripts often send what a page holds.</li>
 * <li>Jackson goes on past a wrong value ({@link BodyFaultRecorder}), so one answer names every wrong field.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration implements WebMvcConfigurer {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer nullElementsRefused() {
		JsonSetter.Value failOnNullElement = JsonSetter.Value.forContentNulls(Nulls.FAIL);
		return builder -> builder.postConfigurer(mapper -> {
			for (Class<?> type : List.of(List.class, Set.class, Collection.class)) {
				mapper.configOverride(type).setSetterInfo(failOnNullElement);
			}
		});
	}

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		for (HttpMessageConverter<?> converter : converters) {
			if (converter instanceof MappingJackson2HttpMessageConverter json) {
				json.setObjectMapper(forRequestBodies(json.getObjectMapper().copy()));
			}
		}
	}

	static ObjectMapper forRequestBodies(ObjectMapper mapper) {
		mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
		mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
		mapper.coercionConfigFor(LogicalType.Textual)
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
		mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
		mapper.registerModule(new SimpleModule("kyoyu-request-bodies").addDeserializer(LocalDate.class, new WrittenDates()));
		mapper.addHandler(new BodyFaultRecorder());
		return mapper;
	}

	/** Jackson's date reading, except that a number is not taken for a date (only "YYYY-MM-DD" is meant). */
	static final class WrittenDates extends LocalDateDeserializer {

		WrittenDates() {
			super(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
				return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
			}
			return super.deserialize(parser, context);
		}

		/** Jackson would swap in its own reader per field; request records declare no date formats of their own. */
		@Override
		public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
			return this;
		}
	}
}
