package jp.kyoyu.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import jp.kyoyu.shared.SharedVersions;

/** Business-day arithmetic over the 2025-2027 calendar, held in memory. */
class BusinessCalendarTests {

	final List<Holiday> days = new ArrayList<>(ExpectedHolidays.all());

	final AtomicInteger loads = new AtomicInteger();

	final BusinessCalendar calendar = new BusinessCalendar(() -> {
		loads.incrementAndGet();
		return List.copyOf(days);
	}, Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneId.of("Asia/Tokyo")), SharedVersions.nodeOnly());

	@Test
	void substituteHolidayAndCitizensHolidayAreNotBusinessDays() {
		assertThat(calendar.isBusinessDay(date("2026-05-06"))).as("振替休日").isFalse();
		assertThat(calendar.isBusinessDay(date("2026-09-22"))).as("国民の休日").isFalse();
		assertThat(calendar.isBusinessDay(date("2026-05-07"))).isTrue();
		assertThat(calendar.isBusinessDay(date("2026-05-09"))).as("Saturday").isFalse();
	}

	@Test
	void oneBusinessDayAfterTheFridayBeforeGoldenWeekIsTheThursdayAfterIt() {
		assertThat(calendar.addBusinessDays(date("2026-05-01"), 1)).isEqualTo(date("2026-05-07"));
		assertThat(calendar.addBusinessDays(date("2026-05-01"), 3)).isEqualTo(date("2026-05-11"));
		assertThat(calendar.businessDaysBetween(date("2026-05-01"), date("2026-05-08"))).isEqualTo(2);
	}

	@Test
	void goldenWeek2025SkipsTheSubstituteHolidayOnTuesday() {
		// 2025-05-02 is a Friday; 3 Sat, 4 Sun, 5 Mon, 6 Tue (振替休日).
		assertThat(calendar.addBusinessDays(date("2025-05-02"), 1)).isEqualTo(date("2025-05-07"));
	}

	@Test
	void silverWeek2026IsFiveDaysOff() {
		// 2026-09-18 is a Friday; 19 Sat, 20 Sun, 21 敬老の日, 22 国民の休日, 23 秋分の日.
		assertThat(calendar.addBusinessDays(date("2026-09-18"), 1)).isEqualTo(date("2026-09-24"));
		assertThat(calendar.holidaysBetween(date("2026-09-19"), date("2026-09-23")))
			.extracting(Holiday::name)
			.containsExactly("敬老の日", "国民の休日", "秋分の日");
	}

	@Test
	void yearEndClosedDaysAndNewYearAreSkipped() {
		assertThat(calendar.addBusinessDays(date("2026-12-28"), 1)).isEqualTo(date("2027-01-04"));
		assertThat(calendar.isBusinessDay(date("2026-12-29"))).as("閉庁日").isFalse();
	}

	@Test
	void negativeDaysCountBackwards() {
		assertThat(calendar.addBusinessDays(date("2027-01-04"), -1)).isEqualTo(date("2026-12-28"));
		assertThat(calendar.addBusinessDays(date("2026-05-07"), -1)).isEqualTo(date("2026-05-01"));
		assertThat(calendar.addBusinessDays(date("2026-05-07"), -2)).isEqualTo(date("2026-04-30"));
		assertThat(calendar.businessDaysBetween(date("2026-05-08"), date("2026-05-01"))).isEqualTo(-2);
	}

	@Test
	void zeroDaysKeepsABusinessDayAndMovesAHolidayToTheNextBusinessDay() {
		assertThat(calendar.addBusinessDays(date("2026-05-07"), 0)).isEqualTo(date("2026-05-07"));
		assertThat(calendar.addBusinessDays(date("2026-05-03"), 0)).isEqualTo(date("2026-05-07"));
		assertThat(calendar.addBusinessDays(date("2027-03-22"), 0)).as("振替休日 2027").isEqualTo(date("2027-03-23"));
	}

	@Test
	void readsTheStoreOnceUntilReloaded() {
		calendar.isBusinessDay(date("2026-05-06"));
		calendar.addBusinessDays(date("2026-05-01"), 10);
		assertThat(loads).hasValue(1);

		days.add(new Holiday(date("2026-05-07"), "創立記念日", HolidayKind.AGENCY_CLOSED));
		assertThat(calendar.isBusinessDay(date("2026-05-07"))).as("still cached").isTrue();
		calendar.reload();
		assertThat(calendar.isBusinessDay(date("2026-05-07"))).isFalse();
		assertThat(loads).hasValue(2);
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aYearWithoutEntriesCountsOnlyWeekendsAndWarnsOnce(CapturedOutput output) {
		assertThat(calendar.addBusinessDays(date("2030-01-04"), 1)).isEqualTo(date("2030-01-07"));
		assertThat(calendar.isBusinessDay(date("2030-01-01"))).isTrue();
		assertThat(output.getOut().split("no entries for 2030", -1)).hasSize(2);
		assertThat(output.getOut()).doesNotContain("no entries for 2026");
	}

	static LocalDate date(String text) {
		return LocalDate.parse(text);
	}
}
