package jp.kyoyu.masterdata.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jp.kyoyu.masterdata.BusinessCalendar;
import jp.kyoyu.masterdata.Holiday;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** Business days and holidays for scripts and other systems; any logged-in user may read them. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

	static final int MAX_ADD = 3650;

	private final BusinessCalendar calendar;

	CalendarApiController(BusinessCalendar calendar) {
		this.calendar = calendar;
	}

	@Operation(summary = "The date `add` business days after `from` (0: `from` itself or the next business day)")
	@GetMapping("/business-days")
	BusinessDays businessDays(@RequestParam String from, @RequestParam(defaultValue = "0") int add) {
		LocalDate start = date("from", from);
		if (Math.abs(add) > MAX_ADD) {
			throw new InvalidInputException("add",
					Wording.of("masterdata.calendar.add-out-of-range", MAX_ADD));
		}
		return new BusinessDays(start, add, calendar.addBusinessDays(start, add));
	}

	@Operation(summary = "The days off (national holidays and closed days) of one year, in date order")
	@GetMapping("/holidays")
	List<Holiday> holidays(@RequestParam int year) {
		if (year < 1900 || year > 2999) {
			throw new InvalidInputException("year", Wording.of("masterdata.calendar.year-out-of-range"));
		}
		return calendar.holidaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	private static LocalDate date(String field, String text) {
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (date.getYear() >= 1900 && date.getYear() <= 2999) {
				return date;
			}
		}
		catch (DateTimeParseException e) {
			// answered below, like a date out of range
		}
		throw new InvalidInputException(field,
				Wording.of("masterdata.calendar.date-format", field));
	}

	/** The answer of {@code GET /api/v1/calendar/business-days}. */
	record BusinessDays(LocalDate from, int add, LocalDate result) {
	}
}
