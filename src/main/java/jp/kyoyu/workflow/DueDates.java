package jp.kyoyu.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.springframework.stereotype.Component;

import jp.kyoyu.masterdata.BusinessCalendar;

/**
 * Due dates counted in business days of the master holiday calendar, so a designer changes a step's allowance
 * ({@code stepBusinessDays}) without Java. The current models read the result as {@code ${stepDue}}
 * ({@link StepAssignment}, {@link StepDueDate}); approvals started on model versions before issue #19 still call
 * {@code ${bizCal.endOfBusinessDay(stepBusinessDays)}}, hence the bean name and the public method.
 * Public only because the engine's expression language calls public methods of public classes; other modules
 * use {@link WorkflowManagement}.
 */
@Component("bizCal")
public class DueDates {

	/** Steps are due at the end of the working day. */
	static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

	private final BusinessCalendar calendar;

	private final Clock clock;

	DueDates(BusinessCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The end of the {@code n}-th business day after today (today itself for 0 when it is one). */
	public Date endOfBusinessDay(Object n) {
		int days = n instanceof Number number ? number.intValue() : Integer.parseInt(String.valueOf(n));
		LocalDate due = calendar.addBusinessDays(LocalDate.now(clock), days);
		return Date.from(due.atTime(END_OF_DAY).atZone(clock.getZone()).toInstant());
	}
}
