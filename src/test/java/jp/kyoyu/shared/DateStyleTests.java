package jp.kyoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class DateStyleTests {

	@Test
	void seirekiWritesSlashesWithTwoDigitMonthAndDay() {
		assertThat(DateStyle.SEIREKI.date(LocalDate.of(2026, 12, 7))).isEqualTo("2026/12/07");
		assertThat(DateStyle.SEIREKI.dateTime(LocalDateTime.of(2026, 12, 7, 14, 5))).isEqualTo("2026/12/07 14:05");
	}

	@Test
	void warekiWritesTheEraWithoutLeadingZeros() {
		assertThat(DateStyle.WAREKI.date(LocalDate.of(2026, 12, 7))).isEqualTo("令和8年12月7日");
		assertThat(DateStyle.WAREKI.dateTime(LocalDateTime.of(2026, 12, 7, 14, 5))).isEqualTo("令和8年12月7日 14:05");
	}

	@Test
	void theEraChangesOnTheFirstOfMay2019AndItsFirstYearIsGannen() {
		assertThat(DateStyle.WAREKI.date(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
		assertThat(DateStyle.WAREKI.date(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
		assertThat(DateStyle.WAREKI.date(LocalDate.of(2020, 1, 1))).isEqualTo("令和2年1月1日");
		assertThat(DateStyle.WAREKI.date(LocalDate.of(1989, 1, 7))).isEqualTo("昭和64年1月7日");
		assertThat(DateStyle.WAREKI.date(LocalDate.of(1989, 1, 8))).isEqualTo("平成元年1月8日");
	}

	@Test
	void anInstantIsShownAsTheTimeInJapanEvenAcrossMidnight() {
		Instant lateEveningUtc = Instant.parse("2026-12-07T15:30:00Z"); // 00:30 on the 8th in Japan
		assertThat(DateStyle.SEIREKI.dateTime(lateEveningUtc)).isEqualTo("2026/12/08 00:30");
		assertThat(DateStyle.WAREKI.date((Object) lateEveningUtc)).isEqualTo("令和8年12月8日");
		assertThat(DateStyle.SEIREKI.dateTime((Object) OffsetDateTime.of(2026, 12, 7, 15, 30, 0, 0, ZoneOffset.UTC)))
			.isEqualTo("2026/12/08 00:30");
	}

	@Test
	void aPlainDateAskedForWithATimeStaysADateAndNothingPrintsAsEmpty() {
		assertThat(DateStyle.WAREKI.dateTime((Object) LocalDate.of(2026, 12, 7))).isEqualTo("令和8年12月7日");
		assertThat(DateStyle.SEIREKI.date((Object) null)).isEmpty();
		assertThat(DateStyle.WAREKI.dateTime((Object) null)).isEmpty();
	}

	@Test
	void aScheduleDateCarriesItsWeekdayInTheReadersLanguage() {
		LocalDate tuesday = LocalDate.of(2026, 12, 1);
		assertThat(DateStyle.SEIREKI.dateWithWeekday(tuesday, java.util.Locale.JAPANESE)).isEqualTo("2026/12/01（火）");
		assertThat(DateStyle.WAREKI.dateTimeWithWeekday(LocalDateTime.of(2026, 12, 1, 10, 0), java.util.Locale.JAPANESE))
			.isEqualTo("令和8年12月1日（火） 10:00");
		assertThat(DateStyle.SEIREKI.dateWithWeekday(tuesday, java.util.Locale.ENGLISH)).isEqualTo("2026/12/01 (Tue)");
	}

	@Test
	void somethingThatIsNotADateIsRefusedRatherThanPrintedRaw() {
		assertThatThrownBy(() -> DateStyle.SEIREKI.date((Object) "2026-12-07"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anUnknownStoredNameReadsAsTheDefault() {
		assertThat(DateStyle.named("WAREKI")).isEqualTo(DateStyle.WAREKI);
		assertThat(DateStyle.named("wareki ")).isEqualTo(DateStyle.WAREKI);
		assertThat(DateStyle.named("SHOWA")).isEqualTo(DateStyle.SEIREKI);
		assertThat(DateStyle.named(null)).isEqualTo(DateStyle.SEIREKI);
	}
}
