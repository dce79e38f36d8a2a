package jp.kyoyu.masterdata;

import java.time.LocalDate;

/** What an administrator enters for one day off; every field is checked by {@link HolidayCalendarManagement}. */
public record HolidayInput(LocalDate date, String name, HolidayKind kind) {
}
