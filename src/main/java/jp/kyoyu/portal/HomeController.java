package jp.kyoyu.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jp.kyoyu.board.BoardReading;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.schedule.CalendarEntry;
import jp.kyoyu.schedule.CalendarQuery;
import jp.kyoyu.schedule.ScheduleManagement;

/** The home page: the user's unread posts, today's events and projects. */
@Controller
class HomeController {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private final ProjectManagement projects;

	private final BoardReading board;

	private final ScheduleManagement schedule;

	private final Clock clock;

	HomeController(ProjectManagement projects, BoardReading board, ScheduleManagement schedule, Clock clock) {
		this.projects = projects;
		this.board = board;
		this.schedule = schedule;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("projects", projects.projectsOf(user.userId()));
		model.addAttribute("mayCreateProject", projects.mayCreate(user.userId()));
		model.addAttribute("unreadPosts", board.unread(user.userId()));
		model.addAttribute("todaysEvents", todaysEvents(user.userId()));
		return "portal/home";
	}

	/** The user's own events of today in Japan, across all their projects. */
	private List<CalendarEntry> todaysEvents(String userId) {
		LocalDate today = LocalDate.now(clock.withZone(JAPAN));
		CalendarQuery query = new CalendarQuery(today.atStartOfDay(JAPAN).toInstant(),
				today.plusDays(1).atStartOfDay(JAPAN).toInstant(), Set.of(), Set.of(userId));
		return schedule.calendar(query, userId).stream().filter(CalendarEntry::mine).toList();
	}
}
