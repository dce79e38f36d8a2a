package jp.kyoyu.schedule.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoyu.identity.AbsenceManagement;
import jp.kyoyu.identity.AbsencePeriod;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectSummary;
import jp.kyoyu.schedule.CalendarDay;
import jp.kyoyu.schedule.CalendarEntry;
import jp.kyoyu.schedule.CalendarPerson;
import jp.kyoyu.schedule.CalendarQuery;
import jp.kyoyu.schedule.ScheduleManagement;

/**
 * The supervisor's one screen (C7.2): a row per person of the chosen projects, a column per day, by day, week
 * or month, filtered by project and person; holidays and weekends marked; printable.
 */
@Controller
class OverviewPageController {

	private final ScheduleManagement schedule;

	private final ProjectManagement projects;

	private final Clock clock;

	private final AbsenceManagement absences;

	OverviewPageController(ScheduleManagement schedule, ProjectManagement projects, Clock clock,
			AbsenceManagement absences) {
		this.schedule = schedule;
		this.projects = projects;
		this.clock = clock;
		this.absences = absences;
	}

	@GetMapping("/schedule/overview")
	String overview(@RequestParam(required = false) String view, @RequestParam(required = false) String date,
			@RequestParam(required = false) List<Long> projectId, @RequestParam(required = false) List<String> userId,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		LocalDate today = LocalDate.now(clock.withZone(CalendarPage.JAPAN));
		CalendarPage page = CalendarPage.of(view, date, today, CalendarPage.View.WEEK);
		List<ProjectSummary> mine = projects.projectsOf(user.userId());
		Set<Long> chosenProjects = new LinkedHashSet<>();
		if (projectId != null) {
			// Only the viewer's own projects count; a stale or tampered id is ignored rather than refused.
			mine.stream().map(ProjectSummary::id).filter(projectId::contains).forEach(chosenProjects::add);
		}
		List<CalendarPerson> people = schedule.people(chosenProjects, user.userId());
		Set<String> chosenPeople = new LinkedHashSet<>(userId == null ? List.of() : userId);
		chosenPeople.retainAll(people.stream().map(CalendarPerson::userId).toList());
		// The overview's month is the month's days only: a row per person has no room for neighbouring weeks. So
		// only those days are asked for: the calendar page's six weeks would expand and build a third more events,
		// every one of them dropped by the grid.
		boolean month = page.view() == CalendarPage.View.MONTH;
		LocalDate first = month ? page.anchor().withDayOfMonth(1) : page.first();
		LocalDate last = month ? page.anchor().withDayOfMonth(page.anchor().lengthOfMonth()) : page.last();
		List<CalendarEntry> entries = schedule.calendar(new CalendarQuery(first.atStartOfDay(CalendarPage.JAPAN).toInstant(),
				last.plusDays(1).atStartOfDay(CalendarPage.JAPAN).toInstant(), chosenProjects, chosenPeople), user.userId());
		List<CalendarDay> days = schedule.days(first, last);
		List<CalendarPerson> shown = people.stream()
			.filter(person -> chosenPeople.isEmpty() || chosenPeople.contains(person.userId()))
			.toList();
		// A month of a prefecture's supervisor is a hundred people and hundreds of events: everyone's absences come
		// in one query, and the grid is built once in Java rather than cell by cell in the template (issue #21).
		Map<String, List<AbsencePeriod>> absent = absences.overlapping(
				shown.stream().map(CalendarPerson::userId).toList(), days.get(0).date(), days.get(days.size() - 1).date());
		OverviewGrid grid = OverviewGrid.of(days, today, shown, entries, absent);
		model.addAttribute("page", page);
		model.addAttribute("view", page.view().param());
		model.addAttribute("columns", grid.columns());
		model.addAttribute("rows", grid.rows());
		model.addAttribute("projects", mine);
		model.addAttribute("people", people);
		model.addAttribute("chosenProjects", chosenProjects);
		model.addAttribute("chosenPeople", chosenPeople);
		model.addAttribute("today", today);
		return "schedule/overview";
	}
}
