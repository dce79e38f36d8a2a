package jp.kyoyu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The password rules a user reads on the page are the rules that are applied. */
class PasswordPolicyTests {

	// History is covered over HTTP in SecurityIntegrationTests; here it is off so no repository is needed.
	private final SecuritySettings settings = new SecuritySettings(
			new SecuritySettings.Password(12, 0, Duration.ofDays(180), 1000),
			new SecuritySettings.Lockout(5, Duration.ofMinutes(15)));

	private final PasswordPolicy policy = new PasswordPolicy(settings, null, new Pbkdf2PasswordHasher(settings),
			java.time.Clock.systemUTC(), new IdentityTexts(identityMessages()));

	/** The module's own bundle, read as Spring Boot reads it (UTF-8), without starting the application. */
	private static MessageSource identityMessages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/identity");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void acceptsALongPassphrase() {
		assertThat(policy.violations("kantoku", "hatake-ni-ame-ga-furu")).isEmpty();
		assertThat(policy.violations("kantoku", "田んぼの水路を直す二〇二六年")).isEmpty();
	}

	@Test
	void refusesShortPasswordsCountingJapaneseCharactersAsOne() {
		assertThat(policy.violations("kantoku", "Ab#1xyz")).containsExactly("パスワードは12文字以上にしてください。");
		assertThat(policy.violations("kantoku", "田んぼの水路を直す")).anyMatch(m -> m.contains("12文字以上"));
	}

	@Test
	void refusesThePasswordContainingTheUserId() {
		assertThat(policy.violations("kantoku", "Kantoku-2026-spring")).contains("パスワードにユーザーIDを含めることはできません。");
	}

	@Test
	void refusesCommonPasswordsEvenWithDigitsAndSymbolsAdded() {
		assertThat(policy.violations("genba", "Password2026!")).anyMatch(m -> m.contains("推測されやすい"));
		assertThat(policy.violations("genba", "qwertyuiop@123")).anyMatch(m -> m.contains("推測されやすい"));
		assertThat(policy.violations("genba", "123456789012")).anyMatch(m -> m.contains("推測されやすい"));
		assertThat(policy.violations("genba", "aaaaaaaaaaaa")).anyMatch(m -> m.contains("推測されやすい"));
	}

	@Test
	void refusesPasswordsFromTheWidelyKnownLists() {
		assertThat(policy.violations("genba", "qazwsxedcrfv")).anyMatch(m -> m.contains("推測されやすい"));
		assertThat(policy.violations("genba", "1q2w3e4r5t6y")).anyMatch(m -> m.contains("推測されやすい"));
	}

	@Test
	void refusesKeyboardWalksRepeatsAndDatesSayingWhyInJapanese() {
		assertThat(policy.violations("genba", "qwertyuiopasdf"))
			.containsExactly("推測されやすいパスワードです（キーボードの並び（qwerty、asdf など））。"
					+ "関係のない語をいくつか組み合わせるなど、予測しにくいものにしてください。");
		assertThat(policy.violations("genba", "asdfghjkl;'1")).singleElement().asString().contains("キーボードの並び");
		assertThat(policy.violations("genba", "水路".repeat(32))).singleElement().asString().contains("繰り返し");
		assertThat(policy.violations("genba", "19750312hanako")).singleElement().asString()
			.contains("日付や年").contains("よく使われるパスワード");
		assertThat(policy.violations("genba", "Ab#1xyzabcdef")).singleElement().asString().contains("連続した文字");
	}

	@Test
	void acceptsThePasswordsTheDemoAndTheTestsUse() {
		for (String password : new String[] { "Kyoyu#Demo2026", "Sakura-no-hana-2026", "Momiji-no-aki-2026",
				"Kawa-no-nagare-2026", "hatake-ni-ame-ga-furu" }) {
			assertThat(policy.violations("genba", password)).as(password).isEmpty();
		}
	}

	@Test
	void acceptsSixtyFourCharactersButNotAnEssay() {
		assertThat(policy.violations("genba", "水路の土砂を上げ、畦を直して、田に水を引く。今年の秋は実りが多いだろうか。夕立の前に帰ろう。田の神さまにお礼を言う。明日も晴れ。")).isEmpty();
		assertThat(policy.violations("genba", "x".repeat(200) + "y".repeat(57))).anyMatch(m -> m.contains("256文字以内"));
	}

	@Test
	void refusesAnEmptyPassword() {
		assertThat(policy.violations("genba", " ")).containsExactly("パスワードを入力してください。");
	}

	@Test
	void describesTheRulesInJapanese() {
		assertThat(policy.describe()).first().asString().contains("12文字以上");
	}

	@Test
	void expiryFollowsTheConfiguredMaximumAge() {
		assertThat(policy.expired(Instant.now().minus(Duration.ofDays(181)))).isTrue();
		assertThat(policy.expired(Instant.now().minus(Duration.ofDays(10)))).isFalse();
	}

	@Test
	void hashesVerifyOnlyTheirOwnPassword() {
		Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(settings);
		String hash = hasher.hash("hatake-ni-ame-ga-furu");
		assertThat(hash).startsWith("1000$");
		assertThat(hasher.matches("hatake-ni-ame-ga-furu", hash)).isTrue();
		assertThat(hasher.matches("hatake-ni-ame-ga-furu!", hash)).isFalse();
		assertThat(hasher.hash("hatake-ni-ame-ga-furu")).isNotEqualTo(hash);
	}
}
