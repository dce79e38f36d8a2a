package jp.kyoyu.identity;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.SpacialMatcher;
import me.gosimple.nbvcxz.matching.match.DateMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;

/**
 * How many guesses an attacker would need, by nbvcxz (zxcvbn's model: dictionaries, keyboard walks, repeats,
 * sequences, dates), and why a password is guessable, in Japanese.
 *
 * <p>The bar is 10^10 guesses, zxcvbn's top score ("strong protection from an offline slow-hash attack"). The
 * lockout stops online guessing after 5 tries, so the bar matters when hashes leak: 10^10 PBKDF2 guesses at
 * 310,000 iterations keep a GPU busy for years, while 10^8 (the next score down) falls within days. Every
 * password the demo and the tests use scores 10^14 or more; {@code qwertyuiopasdf} scores 10^3.8 and a
 * birthday with a name ({@code 19750312hanako}) 10^9.5.
 */
final class PasswordGuessability {

	static final BigDecimal MINIMUM_GUESSES = BigDecimal.TEN.pow(10);

	private final Configuration configuration = new ConfigurationBuilder()
		.setMaxLength(PasswordPolicy.MAX_LENGTH)
		.createConfiguration();

	/**
	 * Empty when the password needs at least {@link #MINIMUM_GUESSES}; otherwise what makes it guessable, as keys of
	 * {@code i18n/identity.properties} ({@code password.weakness.*}) that {@link PasswordPolicy} words.
	 */
	List<String> weaknesses(String password) {
		// A new estimator per call: cheap, and nothing is shared between threads.
		var result = new Nbvcxz(configuration).estimate(password);
		if (result.getGuesses().compareTo(MINIMUM_GUESSES) >= 0) {
			return List.of();
		}
		Set<String> reasons = new LinkedHashSet<>();
		for (Match match : result.getMatches()) {
			String reason = reasonFor(match);
			if (reason != null) {
				reasons.add(reason);
			}
		}
		if (reasons.isEmpty()) {
			reasons.add("password.weakness.simple");
		}
		return List.copyOf(reasons);
	}

	private String reasonFor(Match match) {
		if (match instanceof SpacialMatch || isKeyboardWalk(match)) {
			return "password.weakness.keyboard";
		}
		if (match instanceof DictionaryMatch dictionary) {
			return "passwords".equals(dictionary.getDictionaryName()) ? "password.weakness.common"
					: "password.weakness.dictionary";
		}
		if (match instanceof RepeatMatch) {
			return "password.weakness.repeat";
		}
		if (match instanceof SequenceMatch) {
			return "password.weakness.sequence";
		}
		if (match instanceof DateMatch || match instanceof YearMatch) {
			return "password.weakness.date";
		}
		return null;
	}

	/** "qwertyuiop" is in the password list too; the user learns more from hearing it is a keyboard walk. */
	private boolean isKeyboardWalk(Match match) {
		String token = match.getToken();
		return match instanceof DictionaryMatch && token.length() >= 4 && new SpacialMatcher()
			.match(configuration, token)
			.stream()
			.anyMatch(walk -> walk.getToken().length() == token.length());
	}
}
