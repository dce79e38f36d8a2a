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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Camunda's four webapps speak Japanese to every user (docs/camunda-webapps.md): each app's ja.json covers exactly
 * the keys of the en.json in the Camunda webjar on the classpath, with the same placeholders and links, so a
 * Camunda upgrade that adds or renames a text fails here instead of showing English or a raw key; and each app's
 * config.js makes Japanese the only language, whatever the browser asks for.
 */
class CamundaWebappLocaleTests {

	private static final String WEBAPPS = "META-INF/resources/webjars/camunda/app/";

	/** Angular-translate placeholders ({{name}}), Cockpit's {} counters and the links inside a text. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}|\\{}|href=\"[^\"]*\"");

	/** Two English words in a row: a sentence left untranslated (single tokens such as "null", "CSV" may stay). */
	private static final Pattern ENGLISH_WORDS = Pattern.compile("[A-Za-z]{3,} [A-Za-z]{3,}");

	private final ObjectMapper json = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void translatesEveryEnglishLabel(String app) throws IOException {
		JsonNode english = labels(app, "en.json");
		JsonNode japanese = labels(app, "ja.json");

		List<String> untranslated = new ArrayList<>();
		english.fieldNames().forEachRemaining(key -> {
			JsonNode value = japanese.get(key);
			String englishText = english.get(key).asText();
			if (value == null || !value.isTextual() || (value.asText().isBlank() && !englishText.isBlank())
					|| (value.asText().equals(englishText) && ENGLISH_WORDS.matcher(englishText).find())) {
				untranslated.add(key);
			}
		});

		assertThat(english.size()).as("labels in Camunda's en.json").isGreaterThan(150);
		assertThat(untranslated).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void addsNoLabelCamundaDoesNotKnow(String app) throws IOException {
		assertThat(keys(labels(app, "ja.json"))).isSubsetOf(keys(labels(app, "en.json")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void keepsThePlaceholdersAndLinksOfTheEnglishText(String app) throws IOException {
		JsonNode english = labels(app, "en.json");
		JsonNode japanese = labels(app, "ja.json");

		List<String> differing = new ArrayList<>();
		english.fieldNames().forEachRemaining(key -> {
			List<String> expected = placeholders(english.get(key).asText());
			List<String> actual = placeholders(japanese.path(key).asText());
			if (!expected.equals(actual)) {
				differing.add(key + " " + expected + " != " + actual);
			}
		});

		assertThat(differing).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void writesDatesAndRelativeTimesInJapanese(String app) throws IOException {
		JsonNode english = read(app, "locales/en.json").get("dateLocales");
		JsonNode japanese = read(app, "locales/ja.json").get("dateLocales");

		if (english != null) {
			english.fieldNames().forEachRemaining(name -> {
				assertThat(japanese.has(name)).as(name).isTrue();
				assertThat(keys(japanese.get(name))).as(name).containsAll(keys(english.get(name)));
			});
		}
		// Welcome's en.json has no date settings; ours has them, so its dates are Japanese too.
		assertThat(japanese.get("months").get(0).asText()).isEqualTo("1月");
		assertThat(japanese.get("relativeTime").get("past").asText()).isEqualTo("%s前");
		assertThat(japanese.get("relativeTime").get("future").asText()).isEqualTo("%s後");
		assertThat(japanese.get("relativeTime").get("m").asText()).isEqualTo("1分");
		assertThat(japanese.get("longDateFormat").get("L").asText()).isEqualTo("YYYY/MM/DD");
	}

	/**
	 * Only the browser's first language counts and 'en' next to 'ja' let moment end up English; so 'ja' is the only
	 * language and its own fallback (complete, see above).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void makesJapaneseTheOnlyLanguage(String app) throws IOException {
		String config = text(app, "scripts/config.js");

		assertThat(setting(config, "availableLocales\\s*:\\s*\\[([^]]*)]")).isEqualTo("'ja'");
		assertThat(setting(config, "fallbackLocale\\s*:\\s*'([^']*)'")).isEqualTo("ja");
		assertThat(setting(config, "vendor\\s*:\\s*'([^']*)'")).isEqualTo("Kyoyu");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void leadsBackToThePortalAndHidesTheMigrationBanner(String app) throws IOException {
		assertThat(text(app, "scripts/config.js")).as("one script for every webapp, from Camunda's shared lib folder")
			.contains("'scripts/kyoyu-session.js', '../../lib/kyoyu/kyoyu-portal-1.js'");
		try (InputStream in = getClass().getClassLoader()
			.getResourceAsStream("META-INF/resources/webjars/camunda/lib/kyoyu/kyoyu-portal-1.js")) {
			assertThat(in).isNotNull();
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("link.href = '/';");
		}
		assertThat(text(app, "styles/user-styles.css")).contains(".ce-eol-banner { display: none; }");
	}

	private static List<String> placeholders(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		found.sort(null);
		return found;
	}

	private static String setting(String config, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(config);
		assertThat(matcher.find()).as(regex).isTrue();
		return matcher.group(1).trim();
	}

	private JsonNode labels(String app, String file) throws IOException {
		return read(app, "locales/" + file).get("labels");
	}

	private JsonNode read(String app, String path) throws IOException {
		// Jackson skips the byte order mark Camunda puts in front of en.json.
		try (InputStream in = resource(app, path).openStream()) {
			return json.readTree(in);
		}
	}

	private String text(String app, String path) throws IOException {
		try (InputStream in = resource(app, path).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private URL resource(String app, String path) {
		// The first match is the file the webapp serves: ours for ja.json, config.js and user-styles.css, the
		// webjar's for en.json.
		URL url = getClass().getClassLoader().getResource(WEBAPPS + app + "/" + path);
		assertThat(url).as(app + "/" + path).isNotNull();
		return url;
	}

	private static Set<String> keys(JsonNode node) {
		Set<String> keys = new LinkedHashSet<>();
		node.fieldNames().forEachRemaining(keys::add);
		return keys;
	}
}
