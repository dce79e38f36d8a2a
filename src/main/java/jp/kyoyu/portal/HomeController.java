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

import jp.kyoyu.board.BoardPage;
import jp.kyoyu.board.BoardReading;
import jp.kyoyu.board.UnreadPost;
import jp.kyoyu.erasure.ErasureManagement;
import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.FeatureRights;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectSummary;
import jp.kyoyu.schedule.CalendarEntry;
import jp.kyoyu.schedule.CalendarQuery;
import jp.kyoyu.schedule.ScheduleManagement;
import jp.kyoyu.workflow.WorkflowManagement;
import jp.kyoyu.workflow.WorkflowTask;

/** The home page: the user's workflow tasks, unread posts, today's events, projects and erasures near. */
@Controller
class HomeController {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private static final int TASKS_SHOWN = 10;

	/** The home page shows the newest unread titles; the rest are on the board's unread page. */
	static final int UNREAD_SHOWN = 20;

	/** The home page shows the first projects of the list; all of them are on the project list. */
	static final int PROJECTS_SHOWN = 20;

	/** "Due soon" means within three calendar days, so a Friday shows what is due on Monday. */
	private static final int DUE_SOON_DAYS = 3;

	private final ProjectManagement projects;

	private final BoardReading board;

	private final ScheduleManagement schedule;

	private final Clock clock;

	private final WorkflowManagement workflow;

	private final FeatureRights rights;

	private final ErasureManagement erasures;

	HomeController(ProjectManagement projects, BoardReading board, ScheduleManagement schedule, Clock clock,
			WorkflowManagement workflow, FeatureRights rights, ErasureManagement erasures) {
		this.rights = rights;
		this.erasures = erasures;
		this.projects = projects;
		this.board = board;
		this.schedule = schedule;
		this.clock = clock;
		this.workflow = workflow;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		model.addAttribute("user", user);
		List<ProjectSummary> mine = projects.projectsOf(user.userId());
		model.addAttribute("projects", mine.stream().limit(PROJECTS_SHOWN).toList());
		model.addAttribute("projectCount", mine.size());
		model.addAttribute("mayCreateProject", projects.mayCreate(user.userId()));
		// An inspector (本文5) is no member: the projects they may inspect are listed apart, with the period.
		model.addAttribute("inspections", projects.inspectionsOf(user.userId()));
		// For every member whatever their rights (G-5): the date decides what they must take before it.
		model.addAttribute("erasuresAhead", erasures.aheadFor(user.userId()));
		// A card is shown, and its data read, only for a function the user may use now (C8.3).
		boolean mayReadBoard = rights.allows(user.userId(), Feature.BOARD, AccessLevel.READ);
		model.addAttribute("showBoard", mayReadBoard);
		if (mayReadBoard) {
			BoardPage<UnreadPost> unread = board.unread(user.userId(), 1, UNREAD_SHOWN);
			model.addAttribute("unreadPosts", unread.items());
			model.addAttribute("unreadCount", unread.total());
		}
		boolean mayReadSchedule = rights.allows(user.userId(), Feature.SCHEDULE, AccessLevel.READ);
		model.addAttribute("showSchedule", mayReadSchedule);
		model.addAttribute("todaysEvents", mayReadSchedule ? todaysEvents(user.userId()) : List.of());
		boolean mayReadWorkflow = rights.allows(user.userId(), Feature.WORKFLOW, AccessLevel.READ);
		model.addAttribute("showTasks", mayReadWorkflow);
		List<WorkflowTask> tasks = mayReadWorkflow ? workflow.tasksOf(user.userId()) : List.of();
		model.addAttribute("myTasks", tasks.stream().limit(TASKS_SHOWN).toList());
		model.addAttribute("dueSoon", mayReadWorkflow ? workflow.dueSoon(tasks, DUE_SOON_DAYS) : List.of());
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
