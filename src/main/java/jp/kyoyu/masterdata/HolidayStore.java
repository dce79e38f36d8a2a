package jp.kyoyu.masterdata;

import java.util.List;

/** Where the {@link BusinessCalendar} reads the days off from: the table in the application, a list in tests. */
@FunctionalInterface
interface HolidayStore {

	List<Holiday> loadAll();
}
