package jp.kyoyu.schedule.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.web.util.HtmlUtils;

import jp.kyoyu.identity.AbsencePeriod;
import jp.kyoyu.schedule.CalendarDay;
import jp.kyoyu.schedule.CalendarEntry;
import jp.kyoyu.schedule.CalendarPerson;

/**
 * The overview's table, worked out once in Java so that the template only prints it (issue #21). A prefecture's
 * supervisor sees about a hundred people over a month: some 3,400 cells. Drawn with per-cell expressions (the day's
 * classes, whether it is today, an absence lookup, a filter of the person's events by day), the template spent
 * most of the page's time on cells that are empty; here each day's classes are worked out once for all rows, each
 * person's occurrences are put on their days in one pass, and an empty cell is one shared object per day.
 */
final class OverviewGrid {

	/**
	 * A column: the day, its classes ({@code sat}, {@code sun}, {@code holiday}, {@code today}) and its heading.
	 */
	record Column(CalendarDay day, String cssClass) {
	}

	/**
	 * A cell: its classes (the column's), whether the person registered the day as absent (不在・代理者, issue #22:
	 * kept by identity for the approval deputies, not as an event) and the occurrences that touch the day.
	 */
	record Cell(String cssClass, boolean absent, List<CalendarEntry> entries) {

		/** Whether the cell has anything to print; an empty cell is drawn without its inner markup. */
		public boolean filled() {
			return absent || !entries.isEmpty();
		}
	}

	/**
	 * A person's row: its cells, and the same cells as the template prints them ({@link #parts()}).
	 */
	record Row(String userId, String name, List<Cell> cells, List<Part> parts) {
	}

	/**
	 * What the template prints for a row, left to right: either a run of empty cells as ready markup
	 * ({@code emptyCells}) or one cell with something in it ({@code cell}), never both. Most of a month's cells are
	 * empty (a person has a few appointments a month), and a template loop costs about the same per cell whether
	 * the cell is empty or not; so a row of a person with nothing that month is one part, not 31 iterations. The
	 * markup holds only {@code <td>} and the day's classes from a fixed set (sat, sun, holiday, today), no text
	 * anyone typed, so it is printed unescaped.
	 */
	record Part(String emptyCells, Cell cell) {
	}

	private final List<Column> columns;

	private final List<Row> rows;

	private OverviewGrid(List<Column> columns, List<Row> rows) {
		this.columns = columns;
		this.rows = rows;
	}

	List<Column> columns() {
		return columns;
	}

	List<Row> rows() {
		return rows;
	}

	/**
	 * @param entries the occurrences of everyone shown, in the calendar's order
	 * @param absences each person's absences overlapping the days
	 */
	static OverviewGrid of(List<CalendarDay> days, LocalDate today, List<CalendarPerson> people,
			List<CalendarEntry> entries, Map<String, List<AbsencePeriod>> absences) {
		List<Column> columns = new ArrayList<>(days.size());
		List<Cell> empty = new ArrayList<>(days.size());
		List<String> emptyMarkup = new ArrayList<>(days.size());
		Map<LocalDate, Integer> index = new HashMap<>();
		for (CalendarDay day : days) {
			String css = (day.cssClass() + (day.date().equals(today) ? " today" : "")).strip();
			index.put(day.date(), columns.size());
			columns.add(new Column(day, css));
			empty.add(new Cell(css, false, List.of()));
			emptyMarkup.add(css.isEmpty() ? "<td></td>" : "<td class=\"" + HtmlUtils.htmlEscape(css) + "\"></td>");
		}
		Map<String, List<List<CalendarEntry>>> byPerson = onTheirDays(entries, days, index);
		List<Row> rows = new ArrayList<>(people.size());
		for (CalendarPerson person : people) {
			List<List<CalendarEntry>> own = byPerson.get(person.userId());
			List<AbsencePeriod> away = absences.getOrDefault(person.userId(), List.of());
			List<Cell> cells = new ArrayList<>(days.size());
			for (int i = 0; i < days.size(); i++) {
				LocalDate date = days.get(i).date();
				boolean absent = away.stream().anyMatch(period -> period.covers(date));
				List<CalendarEntry> onDay = own == null || own.get(i) == null ? List.of() : own.get(i);
				cells.add(!absent && onDay.isEmpty() ? empty.get(i)
						: new Cell(columns.get(i).cssClass(), absent, onDay));
			}
			rows.add(new Row(person.userId(), person.name(), cells, parts(cells, emptyMarkup)));
		}
		return new OverviewGrid(columns, rows);
	}

	private static List<Part> parts(List<Cell> cells, List<String> emptyMarkup) {
		List<Part> parts = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			Cell cell = cells.get(i);
			if (!cell.filled()) {
				run.append(emptyMarkup.get(i));
				continue;
			}
			if (!run.isEmpty()) {
				parts.add(new Part(run.toString(), null));
				run.setLength(0);
			}
			parts.add(new Part(null, cell));
		}
		if (!run.isEmpty()) {
			parts.add(new Part(run.toString(), null));
		}
		return parts;
	}

	/**
	 * Each person's occurrences by day index, in one pass over the occurrences and only over the days each one
	 * touches. The project copies of one event show once in a cell: it is one appointment (as on the calendar page).
	 */
	private static Map<String, List<List<CalendarEntry>>> onTheirDays(List<CalendarEntry> entries, List<CalendarDay> days,
			Map<LocalDate, Integer> index) {
		Map<String, List<List<CalendarEntry>>> byPerson = new HashMap<>();
		Map<String, Set<String>> seenByCell = new HashMap<>();
		LocalDate first = days.get(0).date();
		LocalDate last = days.get(days.size() - 1).date();
		for (CalendarEntry entry : entries) {
			LocalDate from = entry.start().toLocalDate().isBefore(first) ? first : entry.start().toLocalDate();
			for (LocalDate day = from; !day.isAfter(last) && entry.on(day); day = day.plusDays(1)) {
				int i = index.get(day);
				if (!entry.busyOnly()
						&& !seenByCell.computeIfAbsent(entry.userId() + "|" + i, key -> new HashSet<>())
							.add(entry.occurrenceKey())) {
					continue;
				}
				List<List<CalendarEntry>> row = byPerson.computeIfAbsent(entry.userId(), user -> {
					List<List<CalendarEntry>> cells = new ArrayList<>(days.size());
					days.forEach(d -> cells.add(null));
					return cells;
				});
				if (row.get(i) == null) {
					row.set(i, new ArrayList<>());
				}
				row.get(i).add(entry);
			}
		}
		return byPerson;
	}
}
