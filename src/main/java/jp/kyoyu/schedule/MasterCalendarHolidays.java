package jp.kyoyu.schedule;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.kyoyu.masterdata.BusinessCalendar;
import jp.kyoyu.masterdata.Holiday;

/** Holidays and closed days from the master calendar that administrators maintain (C8.4). */
@Component
class MasterCalendarHolidays implements HolidaySource {

	private final BusinessCalendar calendar;

	MasterCalendarHolidays(BusinessCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public Map<LocalDate, String> between(LocalDate from, LocalDate to) {
		Map<LocalDate, String> names = new LinkedHashMap<>();
		for (Holiday holiday : calendar.holidaysBetween(from, to)) {
			names.put(holiday.date(), holiday.name());
		}
		return names;
	}
}
