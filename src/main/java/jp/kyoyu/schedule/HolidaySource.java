package jp.kyoyu.schedule;

import java.time.LocalDate;
import java.util.Map;

/** The days off of the master holiday calendar (masterdata), by date, to mark them on calendar pages. */
interface HolidaySource {

	/** Holiday names by date, from and to both included. */
	Map<LocalDate, String> between(LocalDate from, LocalDate to);
}
