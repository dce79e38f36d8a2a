package jp.kyoyu.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A day of a calendar page.
 *
 * @param holidayName the holiday or closed day of the master calendar, else {@literal null}
 */
public record CalendarDay(LocalDate date, String holidayName) {

	public boolean weekend() {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	public boolean holiday() {
		return holidayName != null;
	}

	/** The CSS classes that mark the day: {@code sat}, {@code sun}, {@code holiday}. */
	public String cssClass() {
		String kind = date.getDayOfWeek() == DayOfWeek.SATURDAY ? "sat" : date.getDayOfWeek() == DayOfWeek.SUNDAY ? "sun" : "";
		return (kind + (holiday() ? " holiday" : "")).strip();
	}
}
