package jp.kyoyu.schedule.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.schedule.CalendarDay;
import jp.kyoyu.schedule.CalendarEntry;
import jp.kyoyu.schedule.CalendarQuery;
import jp.kyoyu.schedule.ScheduleManagement;

/** My calendar (C7.1): one's own events by month, week or day, holidays marked. */
@Controller
class CalendarPageController {

	private final ScheduleManagement schedule;

	private final Clock clock;

	CalendarPageController(ScheduleManagement schedule, Clock clock) {
		this.schedule = schedule;
		this.clock = clock;
	}

	@GetMapping("/schedule")
	String calendar(@RequestParam(required = false) String view, @RequestParam(required = false) String date,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		LocalDate today = LocalDate.now(clock.withZone(CalendarPage.JAPAN));
		CalendarPage page = CalendarPage.of(view, date, today, CalendarPage.View.MONTH);
		List<CalendarEntry> entries = schedule.calendar(
				new CalendarQuery(page.from(), page.to(), Set.of(), Set.of(user.userId())), user.userId());
		List<CalendarPage.Cell> cells = new ArrayList<>();
		for (CalendarDay day : schedule.days(page.first(), page.last())) {
			cells.add(page.cell(day, today, entries));
		}
		List<List<CalendarPage.Cell>> weeks = new ArrayList<>();
		for (int i = 0; i < cells.size(); i += 7) {
			weeks.add(cells.subList(i, Math.min(i + 7, cells.size())));
		}
		model.addAttribute("page", page);
		model.addAttribute("view", page.view().param());
		model.addAttribute("cells", cells);
		model.addAttribute("weeks", weeks);
		model.addAttribute("today", today);
		model.addAttribute("empty", entries.isEmpty());
		model.addAttribute("mayWrite", schedule.mayWrite(user.userId()));
		return "schedule/calendar";
	}
}
