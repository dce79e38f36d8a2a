package jp.kyoyu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The two checks of G-2 on their own: the individual number's check digit and the card numbers' Luhn check. */
class SensitiveNumbersTests {

	static final Set<SensitiveKind> BOTH = EnumSet.allOf(SensitiveKind.class);

	@Test
	void anIndividualNumberWithItsCheckDigitIsFoundRunTogetherGroupedOrFullWidth() {
		// 1234567890 1 → ΣP(n)Q(n) = 212, 212 mod 11 = 3, check digit 11 − 3 = 8.
		assertThat(SensitiveNumbers.isMyNumber("123456789018")).isTrue();
		assertThat(SensitiveNumbers.find("番号は123456789018です", BOTH)).contains(SensitiveKind.MY_NUMBER);
		assertThat(SensitiveNumbers.find("番号 1234-5678-9018", BOTH)).contains(SensitiveKind.MY_NUMBER);
		assertThat(SensitiveNumbers.find("番号 １２３４ ５６７８ ９０１８", BOTH)).contains(SensitiveKind.MY_NUMBER);
		// Remainder 0 or 1 gives check digit 0: 00000000000 → 0.
		assertThat(SensitiveNumbers.isMyNumber("000000000000")).isTrue();
	}

	@Test
	void twelveDigitsWithAWrongCheckDigitOrInsideALongerNumberPass() {
		for (int wrong = 0; wrong <= 9; wrong++) {
			if (wrong != 8) {
				assertThat(SensitiveNumbers.find("契約番号 12345678901" + wrong, BOTH)).isEmpty();
			}
		}
		assertThat(SensitiveNumbers.find("1123456789018", EnumSet.of(SensitiveKind.MY_NUMBER))).isEmpty();
		assertThat(SensitiveNumbers.find("1234-5678 9018", BOTH)).as("mixed separators are not one number").isEmpty();
	}

	@Test
	void aCardNumberPassingLuhnIsFoundWithTheCommonSeparators() {
		assertThat(SensitiveNumbers.find("4111111111111111", BOTH)).contains(SensitiveKind.PAYMENT_CARD);
		assertThat(SensitiveNumbers.find("カード 4111 1111 1111 1111 まで", BOTH)).contains(SensitiveKind.PAYMENT_CARD);
		assertThat(SensitiveNumbers.find("カード 5555-5555-5555-4444", BOTH)).contains(SensitiveKind.PAYMENT_CARD);
		assertThat(SensitiveNumbers.find("AMEX 3782 822463 10005", BOTH)).contains(SensitiveKind.PAYMENT_CARD);
		assertThat(SensitiveNumbers.find("４１１１－１１１１－１１１１－１１１１", BOTH)).contains(SensitiveKind.PAYMENT_CARD);
	}

	@Test
	void numbersFailingLuhnOrSwitchedOffKindsPass() {
		assertThat(SensitiveNumbers.find("4111 1111 1111 1112", BOTH)).isEmpty();
		assertThat(SensitiveNumbers.find("工期 2026-06-01 から", BOTH)).isEmpty();
		assertThat(SensitiveNumbers.find("4111111111111111", EnumSet.of(SensitiveKind.MY_NUMBER))).isEmpty();
		assertThat(SensitiveNumbers.find("123456789018", EnumSet.of(SensitiveKind.PAYMENT_CARD))).isEmpty();
	}
}
