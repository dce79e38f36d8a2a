package jp.kyoyu.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * The rules a new password must meet, stated so a user can read them on the page (C8.5): a minimum length,
 * not the user id, not a commonly tried password, not guessable by the patterns attackers try
 * ({@link PasswordGuessability}), not one of the last N passwords. No composition rules:
 * they push users to predictable patterns (NIST SP 800-63B).
 */
@Component
class PasswordPolicy {

	/** Long passphrases are welcome (ASVS asks for at least 64); the cap only keeps hashing cheap. */
	static final int MAX_LENGTH = 256;

	private final SecuritySettings.Password settings;

	private final PasswordHistoryRepository history;

	private final Pbkdf2PasswordHasher hasher;

	private final Set<String> common;

	private final java.time.Clock clock;

	private final PasswordGuessability guessability = new PasswordGuessability();

	private final IdentityTexts texts;

	PasswordPolicy(SecuritySettings settings, PasswordHistoryRepository history, Pbkdf2PasswordHasher hasher,
			java.time.Clock clock, IdentityTexts texts) {
		this.clock = clock;
		this.texts = texts;
		this.settings = settings.password();
		this.history = history;
		this.hasher = hasher;
		this.common = readCommonPasswords();
	}

	/** The rules in Japanese, one sentence each, for the password pages. */
	List<String> describe() {
		List<String> rules = new ArrayList<>();
		rules.add(texts.get("password.rule.length", settings.minLength()));
		rules.add(texts.get("password.rule.noUserId"));
		rules.add(texts.get("password.rule.notGuessable"));
		if (settings.history() > 0) {
			rules.add(texts.get("password.rule.history", settings.history()));
		}
		return rules;
	}

	/** Every rule the password breaks, in Japanese; empty when it is acceptable. */
	List<String> violations(String userId, String password) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.isBlank()) {
			problems.add(texts.get("password.problem.missing"));
			return problems;
		}
		int length = password.codePointCount(0, password.length());
		if (length < settings.minLength()) {
			problems.add(texts.get("password.problem.tooShort", settings.minLength()));
		}
		if (length > MAX_LENGTH) {
			problems.add(texts.get("password.problem.tooLong", MAX_LENGTH));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (userId != null && userId.length() >= 3 && lower.contains(userId.toLowerCase(Locale.ROOT))) {
			problems.add(texts.get("password.problem.containsUserId"));
		}
		boolean monotonous = isMonotonous(lower);
		boolean listed = monotonous || isCommon(lower);
		boolean lengthFits = length >= settings.minLength() && length <= MAX_LENGTH;
		// The estimate is the slow rule (tens of milliseconds); it runs only on a password of a fitting length.
		List<String> weaknesses = lengthFits ? guessability.weaknesses(password) : List.of();
		if (listed && weaknesses.isEmpty()) {
			weaknesses = List.of(monotonous ? "password.weakness.monotonous" : "password.weakness.common");
		}
		if (!weaknesses.isEmpty()) {
			String named = weaknesses.stream().map(texts::get)
				.collect(Collectors.joining(texts.get("password.weaknessSeparator")));
			problems.add(texts.get("password.problem.guessable", named));
		}
		if (userId != null && problems.isEmpty() && usedRecently(userId, password)) {
			problems.add(texts.get("password.problem.recentlyUsed", settings.history()));
		}
		return problems;
	}

	/** Remembers a password just set, so it cannot come back within the history length. */
	void remember(String userId, String password, java.time.Instant at) {
		if (settings.history() > 0) {
			history.save(new PasswordHistoryEntry(userId, hasher.hash(password), at));
		}
	}

	/** True when a password set at {@code changedAt} has passed the configured maximum age. */
	boolean expired(java.time.Instant changedAt) {
		return settings.maxAge() != null && changedAt != null
				&& changedAt.plus(settings.maxAge()).isBefore(clock.instant());
	}

	private boolean usedRecently(String userId, String password) {
		if (settings.history() <= 0) {
			return false;
		}
		return history.findByUserIdOrderByCreatedAtDescIdDesc(userId, Limit.of(settings.history()))
			.stream()
			.anyMatch(entry -> hasher.matches(password, entry.hash()));
	}

	private boolean isCommon(String lower) {
		String core = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "").replaceAll("^[\\d\\p{Punct}\\s]+", "");
		return common.contains(lower) || common.contains(core) || core.isEmpty();
	}

	/** One repeated character, or a run of consecutive characters such as "123456789012" or "abcdefghijkl". */
	private static boolean isMonotonous(String lower) {
		int[] codePoints = lower.codePoints().toArray();
		boolean same = true;
		boolean ascending = true;
		boolean descending = true;
		for (int i = 1; i < codePoints.length; i++) {
			int step = codePoints[i] - codePoints[i - 1];
			same &= step == 0;
			ascending &= step == 1 || (codePoints[i - 1] == '9' && codePoints[i] == '0');
			descending &= step == -1 || (codePoints[i - 1] == '0' && codePoints[i] == '9');
		}
		return same || ascending || descending;
	}

	/** Our Japan-specific list plus nbvcxz's ranked list of the 100,000 passwords attackers try first. */
	private static Set<String> readCommonPasswords() {
		java.util.Set<String> all = new java.util.HashSet<>(readOwnList());
		me.gosimple.nbvcxz.resources.DictionaryUtil
			.loadRankedDictionary(me.gosimple.nbvcxz.resources.DictionaryUtil.passwords)
			.keySet()
			.forEach(word -> all.add(word.toLowerCase(Locale.ROOT)));
		return Set.copyOf(all);
	}

	private static Set<String> readOwnList() {
		ClassPathResource resource = new ClassPathResource("identity/common-passwords.txt");
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
