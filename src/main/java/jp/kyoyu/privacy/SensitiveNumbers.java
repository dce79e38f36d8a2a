package jp.kyoyu.privacy;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an individual number or a payment card number in text, by their check digits, so that the many other
 * 12-19 digit numbers of construction papers (contract numbers, dates run together) mostly pass. Full-width
 * digits and hyphens count (NFKC), as typed with a Japanese IME.
 */
final class SensitiveNumbers {

	/** Not part of a longer number, not even one grouped with spaces or hyphens (a card's last 12 digits). */
	private static final String START = "(?<![0-9])(?<![0-9][ -])";

	private static final String END = "(?![0-9])(?![ -][0-9])";

	/** 12 digits, run together or as 4-4-4 with a space or hyphen. */
	private static final Pattern MY_NUMBER = Pattern.compile(START + "[0-9]{4}([ -]?)[0-9]{4}\\1[0-9]{4}" + END);

	/**
	 * 13-19 digits run together, or grouped as cards print them: 4-4-4-4 (up to 4-4-4-4-3), 4-6-5 (American
	 * Express), 4-6-4 (Diners), with spaces or hyphens. Card numbers start with 2-6 (the major brands).
	 */
	private static final Pattern CARD = Pattern.compile(START + "(?:[2-6][0-9]{12,18}"
			+ "|[2-6][0-9]{3}([ -])[0-9]{4}\\1[0-9]{4}\\1[0-9]{4}(?:\\1[0-9]{1,3})?"
			+ "|[2-6][0-9]{3}([ -])[0-9]{6}\\2[0-9]{4,5})" + END);

	private SensitiveNumbers() {
	}

	/** The first kind among {@code kinds} found in {@code text}. */
	static Optional<SensitiveKind> find(String text, Set<SensitiveKind> kinds) {
		if (text == null || text.isEmpty() || kinds.isEmpty()) {
			return Optional.empty();
		}
		String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
		if (kinds.contains(SensitiveKind.MY_NUMBER) && any(MY_NUMBER, normal, SensitiveNumbers::isMyNumber)) {
			return Optional.of(SensitiveKind.MY_NUMBER);
		}
		if (kinds.contains(SensitiveKind.PAYMENT_CARD) && any(CARD, normal, SensitiveNumbers::passesLuhn)) {
			return Optional.of(SensitiveKind.PAYMENT_CARD);
		}
		return Optional.empty();
	}

	/**
	 * The official check digit of the individual number (個人番号の検査用数字, set by ordinance of the MIC):
	 * with P(n) the n-th digit counted from the right of the first eleven and Q(n) = n+1 for n ≤ 6, n−5 for
	 * n ≥ 7, the remainder r of ΣP(n)Q(n) by 11 gives the twelfth digit 0 when r ≤ 1, else 11 − r.
	 */
	static boolean isMyNumber(String digits) {
		if (digits.length() != 12) {
			return false;
		}
		int sum = 0;
		for (int n = 1; n <= 11; n++) {
			int p = digits.charAt(11 - n) - '0';
			int q = n <= 6 ? n + 1 : n - 5;
			sum += p * q;
		}
		int remainder = sum % 11;
		int check = remainder <= 1 ? 0 : 11 - remainder;
		return digits.charAt(11) - '0' == check;
	}

	/** The Luhn (mod 10) check of ISO/IEC 7812 that every payment card number passes. */
	static boolean passesLuhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	private static boolean any(Pattern pattern, String text, java.util.function.Predicate<String> valid) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			if (valid.test(matcher.group().replaceAll("[ -]", ""))) {
				return true;
			}
		}
		return false;
	}
}
