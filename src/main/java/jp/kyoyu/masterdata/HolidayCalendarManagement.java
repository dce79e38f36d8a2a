package jp.kyoyu.masterdata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jp.kyoyu.masterdata.MasterDataChanged.Change;
import jp.kyoyu.masterdata.MasterDataChanged.Kind;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.StaleVersionException;
import jp.kyoyu.shared.Wording;

/** The administrators' side of the holiday calendar: days off one by one, and the Cabinet Office CSV. */
@Service
@Transactional
public class HolidayCalendarManagement {

	private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

	private final DayOffRepository days;

	private final BusinessCalendar calendar;

	private final ApplicationEventPublisher events;

	HolidayCalendarManagement(DayOffRepository days, BusinessCalendar calendar, ApplicationEventPublisher events) {
		this.days = days;
		this.calendar = calendar;
		this.events = events;
	}

	/** The days off of one year, in date order. */
	@Transactional(readOnly = true)
	public List<Holiday> ofYear(int year) {
		return days.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
			.map(DayOff::toHoliday)
			.toList();
	}

	/** The years that have at least one day off. */
	@Transactional(readOnly = true)
	public SortedSet<Integer> years() {
		return days.findAllDates().stream().map(LocalDate::getYear).collect(Collectors.toCollection(TreeSet::new));
	}

	@Transactional(readOnly = true)
	public Holiday get(LocalDate date) {
		return find(date).toHoliday();
	}

	/** The day's version for the edit form (issue #15); kept out of {@link Holiday}, a value compared by content. */
	@Transactional(readOnly = true)
	public long version(LocalDate date) {
		return find(date).version();
	}

	public Holiday add(HolidayInput input) {
		Holiday holiday = validate(input, null);
		days.save(new DayOff(holiday));
		changed(holiday.date().toString(), Change.CREATED, Wording.japanese("masterdata.audit.holiday.created", describe(holiday)));
		return holiday;
	}

	/** Changes the day off on {@code date}; the date itself may change too. */
	public Holiday update(LocalDate date, HolidayInput input) {
		return update(date, null, input);
	}

	/** {@link #update} refused with {@link StaleVersionException} unless the record is still at {@code version}. */
	public Holiday update(LocalDate date, Long version, HolidayInput input) {
		DayOff dayOff = find(date);
		StaleVersionException.check(dayOff.version(), version);
		Holiday before = dayOff.toHoliday();
		Holiday after = validate(input, date);
		dayOff.change(after);
		changed(date.toString(), Change.UPDATED, Wording.japanese("masterdata.audit.holiday.updated", describe(before), describe(after)));
		StaleVersionException.flushing(days::flush);
		return after;
	}

	public void delete(LocalDate date) {
		delete(date, null);
	}

	/** {@link #delete} refused with {@link StaleVersionException} unless the record is still at {@code version}. */
	public void delete(LocalDate date, Long version) {
		DayOff dayOff = find(date);
		StaleVersionException.check(dayOff.version(), version);
		days.delete(dayOff);
		changed(date.toString(), Change.DELETED, Wording.japanese("masterdata.audit.holiday.deleted", describe(dayOff.toHoliday())));
	}

	/**
	 * Adds or updates (by date) every line of a Cabinet Office holiday CSV as a national holiday, all or
	 * nothing: with any bad line nothing is saved and every bad line is reported with its number.
	 */
	public HolidayImportResult importCsv(byte[] content) {
		CabinetOfficeCsv.Parsed parsed = CabinetOfficeCsv.parse(content);
		if (!parsed.problems().isEmpty()) {
			throw new InvalidInputException(parsed.problems());
		}
		Map<LocalDate, DayOff> existing = days.findAll().stream()
			.collect(Collectors.toMap(DayOff::date, Function.identity()));
		int added = 0;
		int updated = 0;
		for (Holiday holiday : parsed.holidays()) {
			DayOff dayOff = existing.get(holiday.date());
			if (dayOff == null) {
				days.save(new DayOff(holiday));
				added++;
			}
			else if (dayOff.change(holiday)) {
				updated++;
			}
		}
		int unchanged = parsed.holidays().size() - added - updated;
		changed("csv", Change.IMPORTED, Wording.japanese("masterdata.audit.holiday.imported", added, updated, unchanged));
		int firstYear = parsed.holidays().stream().map(Holiday::date).min(LocalDate::compareTo).orElseThrow().getYear();
		return new HolidayImportResult(added, updated, unchanged, firstYear);
	}

	private Holiday validate(HolidayInput input, LocalDate current) {
		InputProblems problems = new InputProblems();
		LocalDate date = problems.required("date", Wording.of("masterdata.holiday.date-missing"), input.date());
		String name = problems.line("name", Wording.of("masterdata.label.holiday-name"), input.name(), 50, true);
		HolidayKind kind = problems.required("kind", Wording.of("masterdata.holiday.kind-missing"), input.kind());
		if (date != null && (date.getYear() < 1900 || date.getYear() > 2999)) {
			problems.add("date", Wording.of("masterdata.holiday.date-out-of-range"));
		}
		else if (date != null && !date.equals(current)) {
			Optional<DayOff> taken = days.findByDate(date);
			taken.ifPresent(other -> problems.add("date", Wording.of("masterdata.holiday.date-taken",
					JAPANESE_DATE.format(date), other.toHoliday().name())));
		}
		problems.throwIfAny();
		return new Holiday(date, name, kind);
	}

	private DayOff find(LocalDate date) {
		return days.findByDate(date)
			.orElseThrow(() -> new NotFoundException(Wording.of("masterdata.holiday.not-found", JAPANESE_DATE.format(date))));
	}

	private static String describe(Holiday holiday) {
		return Wording.japanese("masterdata.audit.holiday", JAPANESE_DATE.format(holiday.date()), holiday.name());
	}

	private void changed(String key, Change change, String detail) {
		events.publishEvent(new MasterDataChanged(Kind.HOLIDAY, key, change, detail));
		calendar.changing();
		// After the commit, so no reader can cache the calendar as it was before this change.
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					calendar.reload();
				}
			});
		}
		else {
			calendar.reload();
		}
	}
}
