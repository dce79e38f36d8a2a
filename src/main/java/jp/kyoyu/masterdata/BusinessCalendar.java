package jp.kyoyu.masterdata;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import jp.kyoyu.shared.SharedVersions;

/**
 * Business days (営業日) for due dates and reminders: every day but Saturdays, Sundays and the days off of the
 * holiday calendar. The calendar is small, so it is held in memory; edits on this node reload it at once,
 * edits on other nodes within {@link #MAX_AGE}.
 */
@Service
public class BusinessCalendar {

	static final Duration MAX_AGE = Duration.ofMinutes(5);

	private static final String SHARED_ROW = "masterdata.calendar";

	private static final Logger log = LoggerFactory.getLogger(BusinessCalendar.class);

	private final HolidayStore store;

	private final Clock clock;

	private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

	/** Bumped by {@link #reload()}, so a load that raced with an edit is not kept. */
	private final AtomicLong generation = new AtomicLong();

	private volatile Snapshot snapshot;

	private final SharedVersions shared;

	BusinessCalendar(HolidayStore store, Clock clock, SharedVersions shared) {
		this.store = store;
		this.clock = clock;
		this.shared = shared;
	}

	/** Whether {@code date} is a weekday that is not a holiday or closed day. */
	public boolean isBusinessDay(LocalDate date) {
		Objects.requireNonNull(date, "date must not be null");
		Snapshot current = current();
		if (!current.years().contains(date.getYear()) && warnedYears.add(date.getYear())) {
			// Counting on anyway is better than failing a due date; the log tells the administrator.
			log.warn("The holiday calendar has no entries for {}: only weekends count as days off. "
					+ "Import the Cabinet Office holiday CSV under /admin/master/holidays.", date.getYear());
		}
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !current.days().containsKey(date);
	}

	/**
	 * The date {@code n} business days after {@code start}: for {@code n = 0} the start itself when it is a
	 * business day, else the next one; for negative {@code n} counting backwards.
	 */
	public LocalDate addBusinessDays(LocalDate start, int n) {
		Objects.requireNonNull(start, "start must not be null");
		LocalDate date = start;
		if (n == 0) {
			while (!isBusinessDay(date)) {
				date = date.plusDays(1);
			}
			return date;
		}
		int step = n > 0 ? 1 : -1;
		for (int remaining = Math.abs(n); remaining > 0;) {
			date = date.plusDays(step);
			if (isBusinessDay(date)) {
				remaining--;
			}
		}
		return date;
	}

	/** The number of business days from {@code from} up to but excluding {@code toExclusive}; negative if reversed. */
	public int businessDaysBetween(LocalDate from, LocalDate toExclusive) {
		Objects.requireNonNull(from, "from must not be null");
		Objects.requireNonNull(toExclusive, "toExclusive must not be null");
		if (toExclusive.isBefore(from)) {
			return -businessDaysBetween(toExclusive, from);
		}
		int count = 0;
		for (LocalDate date = from; date.isBefore(toExclusive); date = date.plusDays(1)) {
			if (isBusinessDay(date)) {
				count++;
			}
		}
		return count;
	}

	/** The days off from {@code from} to {@code to}, both included, in date order. */
	public List<Holiday> holidaysBetween(LocalDate from, LocalDate to) {
		Objects.requireNonNull(from, "from must not be null");
		Objects.requireNonNull(to, "to must not be null");
		if (to.isBefore(from)) {
			return List.of();
		}
		return List.copyOf(current().days().subMap(from, true, to, true).values());
	}

	/** Forgets the loaded calendar; called after a committed edit. */
	void reload() {
		generation.incrementAndGet();
	}

	/** Tells every node, in the editing transaction, that the calendar changed (issue #18). */
	void changing() {
		shared.bump(SHARED_ROW);
	}

	private Snapshot current() {
		Snapshot current = snapshot;
		long sharedVersion = shared.current(SHARED_ROW);
		if (current != null && current.isValid(generation.get(), sharedVersion, clock.instant())) {
			return current;
		}
		synchronized (this) {
			long expected = generation.get();
			Snapshot latest = snapshot;
			if (latest != null && latest != current && latest.isValid(expected, sharedVersion, clock.instant())) {
				return latest;
			}
			Snapshot loaded = Snapshot.of(store.loadAll(), expected, sharedVersion, clock.instant());
			snapshot = loaded;
			return loaded;
		}
	}

	private record Snapshot(NavigableMap<LocalDate, Holiday> days, Set<Integer> years, long generation,
			long sharedVersion, Instant loadedAt) {

		static Snapshot of(List<Holiday> holidays, long generation, long sharedVersion, Instant now) {
			NavigableMap<LocalDate, Holiday> days = new TreeMap<>();
			holidays.forEach(holiday -> days.put(holiday.date(), holiday));
			Set<Integer> years = days.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
			return new Snapshot(Collections.unmodifiableNavigableMap(days), years, generation, sharedVersion, now);
		}

		boolean isValid(long currentGeneration, long currentShared, Instant now) {
			return generation == currentGeneration && sharedVersion == currentShared && loadedAt.plus(MAX_AGE).isAfter(now);
		}
	}
}
