package jp.kyoyu.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The migration seeds exactly the Cabinet Office's 2025-2027 holidays and the year-end closed days. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeededHolidaysIntegrationTests {

	final List<Holiday> seeded;

	SeededHolidaysIntegrationTests(@Autowired HolidayCalendarManagement calendar) {
		this.seeded = IntStream.rangeClosed(2025, 2027).boxed().flatMap(year -> calendar.ofYear(year).stream()).toList();
	}

	@Test
	void nationalHolidaysAreExactlyTheCabinetOfficeList() {
		assertThat(ofKind(HolidayKind.NATIONAL_HOLIDAY)).containsExactlyElementsOf(ExpectedHolidays.NATIONAL_2025_TO_2027);
	}

	@Test
	void yearEndAndNewYearAreClosedDays() {
		assertThat(ofKind(HolidayKind.AGENCY_CLOSED)).containsExactlyElementsOf(ExpectedHolidays.CLOSED_2025_TO_2027);
	}

	@Test
	void substituteAndCitizensHolidaysFollowTheHolidayAct() {
		Map<LocalDate, String> names = ofKind(HolidayKind.NATIONAL_HOLIDAY).stream()
			.collect(Collectors.toMap(Holiday::date, Holiday::name));
		names.forEach((date, name) -> {
			if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
				// A holiday on Sunday moves to the next day that is not a holiday.
				LocalDate next = date.plusDays(1);
				while (names.containsKey(next) && !names.get(next).equals("振替休日")) {
					next = next.plusDays(1);
				}
				assertThat(names.get(next)).as("substitute for " + date).isEqualTo("振替休日");
			}
			if (name.equals("振替休日")) {
				LocalDate before = date.minusDays(1);
				while (names.containsKey(before) && before.getDayOfWeek() != DayOfWeek.SUNDAY) {
					before = before.minusDays(1);
				}
				assertThat(names).as("Sunday holiday before " + date).containsKey(before);
				assertThat(before.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
			}
			if (name.equals("国民の休日")) {
				assertThat(names).as("sandwiched " + date).containsKeys(date.minusDays(1), date.plusDays(1));
			}
		});
		assertThat(names).containsEntry(LocalDate.of(2025, 2, 24), "振替休日")
			.containsEntry(LocalDate.of(2025, 5, 6), "振替休日")
			.containsEntry(LocalDate.of(2025, 11, 24), "振替休日")
			.containsEntry(LocalDate.of(2026, 5, 6), "振替休日")
			.containsEntry(LocalDate.of(2026, 9, 22), "国民の休日")
			.containsEntry(LocalDate.of(2027, 3, 22), "振替休日");
	}

	private List<Holiday> ofKind(HolidayKind kind) {
		return seeded.stream().filter(holiday -> holiday.kind() == kind).toList();
	}
}
