package jp.kyoyu.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.kyoyu.identity.AbsencePeriod;
import jp.kyoyu.schedule.CalendarDay;
import jp.kyoyu.schedule.CalendarEntry;
import jp.kyoyu.schedule.CalendarPerson;

/**
 * The overview's grid, built in Java instead of cell by cell in the template (issue #21): each occurrence on every
 * day it touches within the shown days and on no other, the project copies of one event once per cell, busy time
 * as it comes, absences and the day's classes on the right cells, and an empty cell empty.
 */
class OverviewGridTests {

	private static final ZoneOffset JST = ZoneOffset.ofHours(9);

	private static final LocalDate FIRST = LocalDate.of(2027, 2, 1); // a Monday

	private final List<CalendarDay> february = days(FIRST, 28, Map.of(LocalDate.of(2027, 2, 11), "建国記念の日"));

	private final List<CalendarPerson> people = List.of(new CalendarPerson("kantoku", "高橋 監子", List.of(1L)),
			new CalendarPerson("genba", "伊藤 現", List.of(1L)), new CalendarPerson("shunin", "佐藤 主", List.of(1L)));

	@Test
	void eachOccurrenceIsOnEveryShownDayItTouchesAndNoOther() {
		List<CalendarEntry> entries = List.of(
				allDay(1, "genba", "月またぎ出張", LocalDate.of(2027, 1, 30), LocalDate.of(2027, 2, 2)),
				timed(2, "genba", "夜間作業", at(2027, 2, 27, 23), at(2027, 2, 28, 1)),
				timed(3, "genba", "月末の夜間作業", at(2027, 2, 28, 23), at(2027, 3, 1, 1)),
				timed(4, "kantoku", "現地確認", at(2027, 2, 10, 10), at(2027, 2, 10, 12)));

		OverviewGrid grid = OverviewGrid.of(february, LocalDate.of(2027, 2, 10), people, entries, Map.of());

		assertThat(grid.rows()).extracting(OverviewGrid.Row::userId).containsExactly("kantoku", "genba", "shunin");
		assertThat(daysWith(grid.rows().get(1), "月またぎ出張")).containsExactly(1, 2);
		assertThat(daysWith(grid.rows().get(1), "夜間作業")).containsExactly(27, 28);
		assertThat(daysWith(grid.rows().get(1), "月末の夜間作業")).containsExactly(28);
		assertThat(daysWith(grid.rows().get(0), "現地確認")).containsExactly(10);
		assertThat(entries.get(1).hours()).as("printed by the entry fragment").isEqualTo("23:00–01:00");
		assertThat(grid.rows().get(2).cells()).as("nothing for shunin").noneMatch(OverviewGrid.Cell::filled)
			.allMatch(cell -> cell.entries().isEmpty());
	}

	@Test
	void theProjectCopiesOfOneEventShowOnceButBusyTimeAsItComes() {
		OffsetDateTime start = at(2027, 2, 3, 9);
		List<CalendarEntry> entries = List.of(copy(10, "genba", "合同会議", start, 1L, "s1"),
				copy(11, "genba", "合同会議", start, 2L, "s1"), busy(12, "genba", at(2027, 2, 3, 13)),
				busy(13, "genba", at(2027, 2, 3, 13)));

		OverviewGrid grid = OverviewGrid.of(february, FIRST, people, entries, Map.of());

		assertThat(grid.rows().get(1).cells().get(2).entries()).extracting(CalendarEntry::id)
			.containsExactly(10L, 12L, 13L);
	}

	@Test
	void absencesAndTheDaysClassesAreOnTheirCells() {
		Map<String, List<AbsencePeriod>> absent = Map.of("shunin",
				List.of(new AbsencePeriod(LocalDate.of(2027, 1, 30), LocalDate.of(2027, 2, 2), "kantoku")));

		OverviewGrid grid = OverviewGrid.of(february, LocalDate.of(2027, 2, 11), people, List.of(), absent);

		List<OverviewGrid.Cell> shunin = grid.rows().get(2).cells();
		assertThat(shunin).filteredOn(OverviewGrid.Cell::absent).hasSize(2);
		assertThat(shunin.get(0).absent()).isTrue();
		assertThat(shunin.get(1).filled()).isTrue();
		assertThat(shunin.get(2).filled()).isFalse();
		assertThat(grid.rows().get(0).cells()).noneMatch(OverviewGrid.Cell::absent);
		assertThat(grid.columns().get(10).cssClass()).isEqualTo("holiday today");
		assertThat(grid.rows().get(1).cells().get(10).cssClass()).isEqualTo("holiday today");
		assertThat(grid.rows().get(1).cells().get(5).cssClass()).isEqualTo("sat");
		assertThat(grid.rows().get(1).cells().get(6).cssClass()).isEqualTo("sun");
		assertThat(grid.rows().get(1).cells().get(7).cssClass()).isEmpty();
	}

	@Test
	void theTemplatePrintsRunsOfEmptyCellsAsMarkupAndTheOthersOneByOne() {
		List<CalendarEntry> entries = List.of(timed(4, "kantoku", "現地確認", at(2027, 2, 1, 10), at(2027, 2, 1, 12)),
				timed(5, "kantoku", "<b>打合せ</b>", at(2027, 2, 10, 10), at(2027, 2, 10, 11)));
		Map<String, List<AbsencePeriod>> absent = Map.of("genba",
				List.of(new AbsencePeriod(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 2), null)));

		OverviewGrid grid = OverviewGrid.of(february, LocalDate.of(2027, 2, 11), people, entries, absent);

		List<OverviewGrid.Part> kantoku = grid.rows().get(0).parts();
		assertThat(kantoku).hasSize(4);
		assertThat(kantoku.get(0).cell().entries()).extracting(CalendarEntry::id).containsExactly(4L);
		assertThat(kantoku.get(1).emptyCells()).startsWith("<td></td>").contains("<td class=\"sat\"></td>");
		assertThat(kantoku.get(1).emptyCells().split("<td", -1)).as("the 2nd to the 9th").hasSize(9);
		assertThat(kantoku.get(2).cell().cssClass()).isEmpty();
		assertThat(kantoku.get(3).emptyCells()).startsWith("<td class=\"holiday today\"></td>")
			.doesNotContain("打合せ");
		assertThat(kantoku.get(3).emptyCells().split("<td", -1)).as("the 11th to the 28th").hasSize(19);
		List<OverviewGrid.Part> genba = grid.rows().get(1).parts();
		assertThat(genba).hasSize(2);
		assertThat(genba.get(1).cell().absent()).isTrue();
		assertThat(grid.rows().get(2).parts()).as("nothing all month: one run")
			.singleElement().satisfies(part -> assertThat(part.emptyCells().split("<td", -1)).hasSize(29));
		assertThat(grid.rows()).allSatisfy(row -> assertThat(row.parts())
			.allMatch(part -> (part.cell() == null) != (part.emptyCells() == null)));
	}

	private static List<Integer> daysWith(OverviewGrid.Row row, String title) {
		List<Integer> days = new ArrayList<>();
		for (int i = 0; i < row.cells().size(); i++) {
			if (row.cells().get(i).entries().stream().anyMatch(entry -> title.equals(entry.title()))) {
				days.add(i + 1);
			}
		}
		return days;
	}

	private static List<CalendarDay> days(LocalDate first, int count, Map<LocalDate, String> holidays) {
		List<CalendarDay> days = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			days.add(new CalendarDay(first.plusDays(i), holidays.get(first.plusDays(i))));
		}
		return days;
	}

	private static OffsetDateTime at(int year, int month, int day, int hour) {
		return OffsetDateTime.of(year, month, day, hour, 0, 0, 0, JST);
	}

	private static CalendarEntry timed(long id, String user, String title, OffsetDateTime start, OffsetDateTime end) {
		return new CalendarEntry(id, user, user, title, start, end, false, null, 1L, "工事", null, null, false, false,
				false, false, "series-" + id);
	}

	private static CalendarEntry allDay(long id, String user, String title, LocalDate first, LocalDate last) {
		return new CalendarEntry(id, user, user, title, first.atStartOfDay().atOffset(JST),
				last.plusDays(1).atStartOfDay().atOffset(JST), true, last, 1L, "工事", null, null, false, false, false,
				false, "series-" + id);
	}

	private static CalendarEntry copy(long id, String user, String title, OffsetDateTime start, long project,
			String series) {
		return new CalendarEntry(id, user, user, title, start, start.plusHours(1), false, null, project, "工事" + project,
				null, null, false, false, false, false, series);
	}

	private static CalendarEntry busy(long id, String user, OffsetDateTime start) {
		return new CalendarEntry(id, user, user, null, start, start.plusHours(1), false, null, null, null, null, null,
				false, true, false, false, null);
	}
}
