package jp.kyoyu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Supervisors read Tasklist in Japanese, so our ja.json must cover exactly what Camunda's en.json says and be switched on. */
class TasklistLocaleTests {

	private static final String TASKLIST = "META-INF/resources/webjars/camunda/app/tasklist/";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");

	private static final Pattern AVAILABLE_LOCALES = Pattern.compile("availableLocales\\s*:\\s*\\[([^]]*)]");

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void translatesEveryEnglishLabel() throws IOException {
		JsonNode english = labels("en.json");
		JsonNode japanese = labels("ja.json");

		List<String> untranslated = new ArrayList<>();
		english.fieldNames().forEachRemaining(key -> {
			JsonNode value = japanese.get(key);
			boolean englishIsBlank = english.get(key).asText().isBlank();
			if (value == null || !value.isTextual() || (value.asText().isBlank() && !englishIsBlank)) {
				untranslated.add(key);
			}
		});

		assertThat(english.size()).isGreaterThan(400);
		assertThat(untranslated).isEmpty();
	}

	@Test
	void addsNoLabelTasklistDoesNotKnow() throws IOException {
		Set<String> english = keys(labels("en.json"));

		assertThat(keys(labels("ja.json"))).isSubsetOf(english);
	}

	@Test
	void keepsEveryPlaceholderOfTheEnglishText() throws IOException {
		JsonNode english = labels("en.json");
		JsonNode japanese = labels("ja.json");

		List<String> lost = new ArrayList<>();
		english.fieldNames().forEachRemaining(key -> {
			String translated = japanese.path(key).asText();
			Matcher placeholder = PLACEHOLDER.matcher(english.get(key).asText());
			while (placeholder.find()) {
				if (!translated.contains(placeholder.group())) {
					lost.add(key + " " + placeholder.group());
				}
			}
		});

		assertThat(lost).isEmpty();
	}

	@Test
	void definesEveryDateSettingTheEnglishLocaleDefines() throws IOException {
		JsonNode english = read("locales/en.json").get("dateLocales");
		JsonNode japanese = read("locales/ja.json").get("dateLocales");

		english.fieldNames().forEachRemaining(name -> {
			assertThat(japanese.has(name)).as(name).isTrue();
			assertThat(keys(japanese.get(name))).as(name).containsAll(keys(english.get(name)));
			assertThat(japanese.get(name).size()).as(name).isGreaterThanOrEqualTo(english.get(name).size());
		});
		assertThat(japanese.get("months").get(0).asText()).isEqualTo("1月");
	}

	@Test
	void listsJapaneseAmongTheAvailableLocales() throws IOException {
		Matcher locales = AVAILABLE_LOCALES.matcher(text("scripts/config.js"));

		assertThat(locales.find()).isTrue();
		assertThat(locales.group(1)).contains("'ja'").contains("'en'");
	}

	private JsonNode labels(String file) throws IOException {
		return read("locales/" + file).get("labels");
	}

	private JsonNode read(String path) throws IOException {
		// Jackson skips the byte order mark Camunda puts in front of en.json.
		try (InputStream in = resource(path).openStream()) {
			return json.readTree(in);
		}
	}

	private String text(String path) throws IOException {
		try (InputStream in = resource(path).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private URL resource(String path) {
		// The first match is the file the webapp serves: ours for ja.json and config.js, the webjar's for en.json.
		URL url = getClass().getClassLoader().getResource(TASKLIST + path);
		assertThat(url).as(path).isNotNull();
		return url;
	}

	private static Set<String> keys(JsonNode node) {
		Set<String> keys = new LinkedHashSet<>();
		node.fieldNames().forEachRemaining(keys::add);
		return keys;
	}
}
