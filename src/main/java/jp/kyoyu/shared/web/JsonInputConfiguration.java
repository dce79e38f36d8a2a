package jp.kyoyu.shared.web;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A {@code null} inside a JSON list ({@code {"notify":[null]}}) is refused while the body is read - 400 naming
 * the field - instead of reaching {@code List.copyOf} or a loop in a module as a 500. Lists of ids, names and
 * rows never mean anything by a null element. Maps are left alone: a form's {@code null} value means "cleared".
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer nullElementsRefused() {
		JsonSetter.Value failOnNullElement = JsonSetter.Value.forContentNulls(Nulls.FAIL);
		return builder -> builder.postConfigurer(mapper -> {
			for (Class<?> type : List.of(List.class, Set.class, Collection.class)) {
				mapper.configOverride(type).setSetterInfo(failOnNullElement);
			}
		});
	}
}
