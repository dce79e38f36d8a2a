package jp.kyoyu.schedule.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

	/**
	 * A person's row: the person, one cell per day and the days they registered as absent (不在・代理者, issue #22:
	 * the supervisor plans with the absences, which are kept by identity for the approval deputies, not as events).
	 */
	record Row(CalendarPerson person, List<CalendarPage.Cell> cells, Set<LocalDate> absentDays) {

		public boolean absentOn(LocalDate day) {
			return absentDays.contains(day);
		}
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
		List<CalendarEntry> entries = schedule.calendar(
				new CalendarQuery(page.from(), page.to(), chosenProjects, chosenPeople), user.userId());
		// The overview's month is the month's days only: a row per person has no room for neighbouring weeks.
		boolean month = page.view() == CalendarPage.View.MONTH;
		List<CalendarDay> days = schedule.days(month ? page.anchor().withDayOfMonth(1) : page.first(),
				month ? page.anchor().withDayOfMonth(page.anchor().lengthOfMonth()) : page.last());
		// A month of a prefecture's supervisor is a hundred people and hundreds of events: each person's events and
		// absences are grouped from one list and one query, not looked up person by person (issue #21).
		Map<String, List<CalendarEntry>> byPerson = entries.stream()
			.collect(Collectors.groupingBy(CalendarEntry::userId));
		List<CalendarPerson> shown = people.stream()
			.filter(person -> chosenPeople.isEmpty() || chosenPeople.contains(person.userId()))
			.toList();
		Map<String, List<AbsencePeriod>> absent = absences.overlapping(
				shown.stream().map(CalendarPerson::userId).toList(), days.get(0).date(), days.get(days.size() - 1).date());
		List<Row> rows = new ArrayList<>();
		for (CalendarPerson person : shown) {
			List<CalendarEntry> own = byPerson.getOrDefault(person.userId(), List.of());
			List<AbsencePeriod> away = absent.getOrDefault(person.userId(), List.of());
			Set<LocalDate> absentDays = new java.util.HashSet<>();
			days.forEach(day -> {
				if (away.stream().anyMatch(period -> period.covers(day.date()))) {
					absentDays.add(day.date());
				}
			});
			rows.add(new Row(person, days.stream().map(day -> page.cell(day, today, own)).toList(), absentDays));
		}
		model.addAttribute("page", page);
		model.addAttribute("view", page.view().param());
		model.addAttribute("days", days);
		model.addAttribute("rows", rows);
		model.addAttribute("projects", mine);
		model.addAttribute("people", people);
		model.addAttribute("chosenProjects", chosenProjects);
		model.addAttribute("chosenPeople", chosenPeople);
		model.addAttribute("today", today);
		return "schedule/overview";
	}
}
