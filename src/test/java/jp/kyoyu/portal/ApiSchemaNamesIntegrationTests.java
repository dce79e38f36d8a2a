package jp.kyoyu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * springdoc names a body's schema after the Java type's simple name, so two types of the same name in different
 * modules become one schema in the description - and one of them is described with the other's members (it happened:
 * the notification preferences' {@code Change} was shown with the board post's members, issue #23). Every Kyoyu type
 * an API operation reads or answers, with the types inside it, must have a name of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiSchemaNamesIntegrationTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyBodyTypeOfTheApiHasANameOfItsOwn() {
		Map<String, Set<String>> typesByName = new TreeMap<>();
		Set<Class<?>> seen = new HashSet<>();
		mappings.getHandlerMethods().forEach((mapping, handler) -> {
			if (mapping.getPatternValues().stream().noneMatch(pattern -> pattern.startsWith("/api/v1"))) {
				return;
			}
			collect(handler.getMethod().getGenericReturnType(), typesByName, seen);
			for (MethodParameter parameter : ((HandlerMethod) handler).getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					collect(parameter.getGenericParameterType(), typesByName, seen);
				}
			}
		});
		assertThat(typesByName).as("the API's body types").isNotEmpty();
		Map<String, Set<String>> clashes = new TreeMap<>();
		typesByName.forEach((name, types) -> {
			if (types.size() > 1) {
				clashes.put(name, types);
			}
		});
		assertThat(clashes).as("body types sharing one schema name in /v3/api-docs").isEmpty();
	}

	/** The Kyoyu classes in a type: itself, its generic arguments, and a record's components, all the way down. */
	private static void collect(Type type, Map<String, Set<String>> typesByName, Set<Class<?>> seen) {
		if (type instanceof ParameterizedType parameterized) {
			collect(parameterized.getRawType(), typesByName, seen);
			for (Type argument : parameterized.getActualTypeArguments()) {
				collect(argument, typesByName, seen);
			}
		}
		else if (type instanceof WildcardType wildcard) {
			for (Type bound : wildcard.getUpperBounds()) {
				collect(bound, typesByName, seen);
			}
		}
		else if (type instanceof Class<?> type1 && type1.isArray()) {
			collect(type1.getComponentType(), typesByName, seen);
		}
		else if (type instanceof Class<?> kyoyu && kyoyu.getName().startsWith("jp.kyoyu.") && seen.add(kyoyu)) {
			typesByName.computeIfAbsent(kyoyu.getSimpleName(), name -> new TreeSet<>()).add(kyoyu.getName());
			if (kyoyu.isRecord()) {
				for (RecordComponent component : kyoyu.getRecordComponents()) {
					collect(component.getGenericType(), typesByName, seen);
				}
			}
		}
	}
}
