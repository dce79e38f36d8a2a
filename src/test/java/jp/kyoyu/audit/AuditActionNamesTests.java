package jp.kyoyu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AssignableTypeFilter;

import jp.kyoyu.shared.AuditableEvent;

/**
 * The audit log's 操作 column names every operation (issue 22: it showed codes such as
 * {@code document.proposal-filed}). The codes are not listed by hand: every {@link AuditableEvent} in Kyoyu is
 * found on the classpath and built with every value of its enums (codes such as {@code masterdata.holiday.imported}
 * or {@code proposal.send-back-to-proposer} are put together from them), so a new event without a name fails here.
 */
class AuditActionNamesTests {

	@Test
	void everyCodeKyoyuRecordsHasAJapaneseAndAnEnglishName() throws Exception {
		Properties japanese = load("i18n/audit.properties");
		Properties english = load("i18n/audit_en.properties");
		Set<String> codes = recordedCodes();

		assertThat(codes).hasSizeGreaterThan(90)
			.contains("document.proposal-filed", "proposal.post-reviewed", "proposal.send-back-to-proposer",
					"proposal.approve-ahead", "masterdata.holiday.imported", "export.failed", "login.failed");
		assertThat(codes).allSatisfy(code -> {
			assertThat(japanese.getProperty("audit.action." + code)).as("Japanese name of " + code).isNotBlank()
				.doesNotContainPattern("[a-z]{3,}");
			assertThat(english.getProperty("audit.action." + code)).as("English name of " + code).isNotBlank();
		});
	}

	private static Set<String> recordedCodes() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(AuditableEvent.class));
		Set<String> codes = new TreeSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("jp.kyoyu")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			if (type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
				continue; // the tests' own events are not Kyoyu's
			}
			List<Object> events = instances(type);
			assertThat(events).as("could not build " + type.getName() + " to read its codes").isNotEmpty();
			events.forEach(event -> codes.add(((AuditableEvent) event).action()));
		}
		return codes;
	}

	/** The record built with each combination of its components' enum values (others: one plain value). */
	private static List<Object> instances(Class<?> type) throws Exception {
		assertThat(type.isRecord()).as(type.getName() + " is expected to be a record").isTrue();
		RecordComponent[] components = type.getRecordComponents();
		List<List<Object>> choices = new ArrayList<>();
		for (RecordComponent component : components) {
			choices.add(values(component.getType()));
		}
		Constructor<?> constructor = type.getDeclaredConstructor(
				java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
		constructor.setAccessible(true);
		List<Object> built = new ArrayList<>();
		for (List<Object> arguments : combinations(choices, 0)) {
			try {
				built.add(constructor.newInstance(arguments.toArray()));
			}
			catch (ReflectiveOperationException | RuntimeException refused) {
				// a combination the record's own checks refuse; the others still count
			}
		}
		return built;
	}

	private static List<Object> values(Class<?> type) throws Exception {
		if (type.isEnum()) {
			return List.of(type.getEnumConstants());
		}
		if (type.isRecord()) {
			return instances(type);
		}
		Map<Class<?>, Object> plain = Map.ofEntries(Map.entry(String.class, "x"), Map.entry(long.class, 1L),
				Map.entry(Long.class, 1L), Map.entry(int.class, 1), Map.entry(Integer.class, 1),
				Map.entry(Instant.class, Instant.EPOCH), Map.entry(LocalDate.class, LocalDate.of(2026, 1, 5)),
				Map.entry(LocalDateTime.class, LocalDateTime.of(2026, 1, 5, 9, 0)));
		if (type == boolean.class || type == Boolean.class) {
			return List.of(true, false);
		}
		if (plain.containsKey(type)) {
			return List.of(plain.get(type));
		}
		if (Set.class.isAssignableFrom(type)) {
			return List.of(Set.of());
		}
		if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
			return List.of(List.of());
		}
		if (Map.class.isAssignableFrom(type)) {
			return List.of(Map.of());
		}
		return java.util.Collections.singletonList(null);
	}

	private static List<List<Object>> combinations(List<List<Object>> choices, int from) {
		if (from == choices.size()) {
			return List.of(List.of());
		}
		List<List<Object>> result = new ArrayList<>();
		for (Object value : choices.get(from)) {
			for (List<Object> rest : combinations(choices, from + 1)) {
				List<Object> combination = new ArrayList<>();
				combination.add(value);
				combination.addAll(rest);
				result.add(combination);
				if (result.size() > 2000) {
					return result;
				}
			}
		}
		return result;
	}

	private static Properties load(String path) throws Exception {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
