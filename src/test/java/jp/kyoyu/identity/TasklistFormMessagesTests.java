package jp.kyoyu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Tasklist's task forms speak the portal's Japanese (issue #22): every message of
 * {@code tasklist/scripts/kyoyu-form-messages-1.js} is the text of the {@code proposal.form.*} key it names, so a
 * change of the portal's wording that is not carried over fails here; every message the portal's form page hands to
 * its script is there; and Tasklist's config loads the script.
 */
class TasklistFormMessagesTests {

	private static final String TASKLIST = "META-INF/resources/webjars/camunda/app/tasklist/scripts/";

	/** {@code  choose: '「{0}」を選んでください。', // proposal.form.choose} */
	private static final Pattern MESSAGE = Pattern
		.compile("^\\s*(\\w+): '([^']*)',? // (proposal\\.form\\.[\\w.-]+)$", Pattern.MULTILINE);

	/** The portal template's {@code data-msg-too-long=#{proposal.form.too-long(...)}}. */
	private static final Pattern PORTAL_MESSAGE = Pattern.compile("data-msg-([a-z-]+)=#\\{(proposal\\.form\\.[\\w.-]+)\\(");

	@Test
	void everyMessageIsThePortalsJapaneseTextOfItsKey() throws IOException {
		Properties portal = new Properties();
		try (InputStream in = new ClassPathResource("i18n/proposal.properties").getInputStream()) {
			portal.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Map<String, String> script = messages();
		assertThat(script).as("messages in the script").hasSizeGreaterThanOrEqualTo(16);
		Matcher m = MESSAGE.matcher(read(TASKLIST + "kyoyu-form-messages-1.js"));
		while (m.find()) {
			assertThat(m.group(2)).as(m.group(1) + " = " + m.group(3)).isEqualTo(portal.getProperty(m.group(3)));
		}
	}

	@Test
	void everyMessageThePortalsFormPageUsesIsThereAndTasklistLoadsTheScript() throws IOException {
		Map<String, String> script = messages();
		Matcher m = PORTAL_MESSAGE.matcher(read("templates/proposal/edit.html"));
		int portalMessages = 0;
		while (m.find()) {
			portalMessages++;
			assertThat(script).as("the portal's " + m.group(1)).containsEntry(camel(m.group(1)), m.group(2));
		}
		assertThat(portalMessages).as("messages the portal's form page hands to its script").isGreaterThan(10);
		assertThat(read(TASKLIST + "config.js")).contains("'scripts/kyoyu-form-messages-1.js'");
	}

	/** Script name → the proposal.properties key it says it carries. */
	private static Map<String, String> messages() throws IOException {
		Map<String, String> keys = new LinkedHashMap<>();
		Matcher m = MESSAGE.matcher(read(TASKLIST + "kyoyu-form-messages-1.js"));
		while (m.find()) {
			keys.put(m.group(1), m.group(3));
		}
		return keys;
	}

	private static String camel(String dashed) {
		StringBuilder out = new StringBuilder();
		for (String part : dashed.split("-")) {
			out.append(out.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
		}
		return out.toString();
	}

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
