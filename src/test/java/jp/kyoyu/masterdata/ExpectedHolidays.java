package jp.kyoyu.masterdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Japan's national holidays 2025-2027 as the Cabinet Office lists them, written out here so the seeded
 * calendar is checked against something other than itself; plus the agency's year-end closed days.
 */
final class ExpectedHolidays {

	static final List<Holiday> NATIONAL_2025_TO_2027 = List.of(
			national("2025-01-01", "元日"),
			national("2025-01-13", "成人の日"),
			national("2025-02-11", "建国記念の日"),
			national("2025-02-23", "天皇誕生日"),
			national("2025-02-24", "振替休日"),
			national("2025-03-20", "春分の日"),
			national("2025-04-29", "昭和の日"),
			national("2025-05-03", "憲法記念日"),
			national("2025-05-04", "みどりの日"),
			national("2025-05-05", "こどもの日"),
			national("2025-05-06", "振替休日"),
			national("2025-07-21", "海の日"),
			national("2025-08-11", "山の日"),
			national("2025-09-15", "敬老の日"),
			national("2025-09-23", "秋分の日"),
			national("2025-10-13", "スポーツの日"),
			national("2025-11-03", "文化の日"),
			national("2025-11-23", "勤労感謝の日"),
			national("2025-11-24", "振替休日"),
			national("2026-01-01", "元日"),
			national("2026-01-12", "成人の日"),
			national("2026-02-11", "建国記念の日"),
			national("2026-02-23", "天皇誕生日"),
			national("2026-03-20", "春分の日"),
			national("2026-04-29", "昭和の日"),
			national("2026-05-03", "憲法記念日"),
			national("2026-05-04", "みどりの日"),
			national("2026-05-05", "こどもの日"),
			national("2026-05-06", "振替休日"),
			national("2026-07-20", "海の日"),
			national("2026-08-11", "山の日"),
			national("2026-09-21", "敬老の日"),
			national("2026-09-22", "国民の休日"),
			national("2026-09-23", "秋分の日"),
			national("2026-10-12", "スポーツの日"),
			national("2026-11-03", "文化の日"),
			national("2026-11-23", "勤労感謝の日"),
			national("2027-01-01", "元日"),
			national("2027-01-11", "成人の日"),
			national("2027-02-11", "建国記念の日"),
			national("2027-02-23", "天皇誕生日"),
			national("2027-03-21", "春分の日"),
			national("2027-03-22", "振替休日"),
			national("2027-04-29", "昭和の日"),
			national("2027-05-03", "憲法記念日"),
			national("2027-05-04", "みどりの日"),
			national("2027-05-05", "こどもの日"),
			national("2027-07-19", "海の日"),
			national("2027-08-11", "山の日"),
			national("2027-09-20", "敬老の日"),
			national("2027-09-23", "秋分の日"),
			national("2027-10-11", "スポーツの日"),
			national("2027-11-03", "文化の日"),
			national("2027-11-23", "勤労感謝の日"));

	static final List<Holiday> CLOSED_2025_TO_2027 = closedDays();

	private ExpectedHolidays() {
	}

	/** Both lists together, as the seeded table holds them. */
	static List<Holiday> all() {
		List<Holiday> all = new ArrayList<>(NATIONAL_2025_TO_2027);
		all.addAll(CLOSED_2025_TO_2027);
		return all;
	}

	private static List<Holiday> closedDays() {
		List<Holiday> closed = new ArrayList<>();
		for (int year = 2025; year <= 2027; year++) {
			for (String day : List.of("01-02", "01-03", "12-29", "12-30", "12-31")) {
				closed.add(new Holiday(LocalDate.parse(year + "-" + day), "年末年始（閉庁日）", HolidayKind.AGENCY_CLOSED));
			}
		}
		return List.copyOf(closed);
	}

	private static Holiday national(String date, String name) {
		return new Holiday(LocalDate.parse(date), name, HolidayKind.NATIONAL_HOLIDAY);
	}
}
