package jp.kyoyu.schedule.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.schedule.EventView;
import jp.kyoyu.schedule.ScheduleManagement;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.FormErrors;

/** Registering, viewing, changing and deleting (with confirmation) an event; several projects at once for supervisors. */
@Controller
class EventPageController {

	private final ScheduleManagement schedule;

	private final ProjectManagement projects;

	private final Clock clock;

	EventPageController(ScheduleManagement schedule, ProjectManagement projects, Clock clock) {
		this.schedule = schedule;
		this.projects = projects;
		this.clock = clock;
	}

	@GetMapping("/schedule/events/new")
	String newForm(@RequestParam(required = false) String date, @AuthenticationPrincipal KyoyuPrincipal user,
			Model model) {
		requireWrite(user);
		LocalDate day = LocalDate.now(clock.withZone(CalendarPage.JAPAN));
		try {
			day = date == null || date.isBlank() ? day : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException e) {
			// a mistyped date in the address: offer today
		}
		return form(EventForm.blank(day), null, List.of(), user, model);
	}

	@PostMapping("/schedule/events")
	String create(@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal KyoyuPrincipal user,
			Model model, RedirectAttributes redirect) {
		EventForm form = EventForm.of(params);
		try {
			List<Long> ids = schedule.create(form.toInput(), user.userId());
			redirect.addFlashAttribute("notice", ids.size() > 1
					? Wording.of("schedule.notice.created-in-projects", form.get("title").strip(), ids.size())
					: Wording.of("schedule.notice.created", form.get("title").strip()));
			return "redirect:/schedule?view=week&date=" + form.get("startDate").strip();
		}
		catch (InvalidInputException e) {
			return form(form, null, e.problems(), user, model);
		}
	}

	@GetMapping("/schedule/events/{id}")
	String detail(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		model.addAttribute("event", schedule.get(id, user.userId()));
		model.addAttribute("mayWrite", schedule.mayWrite(user.userId()));
		return "schedule/detail";
	}

	@GetMapping("/schedule/events/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		EventView event = own(id, user, Wording.of("schedule.doing.update"));
		return form(EventForm.of(event), event, List.of(), user, model);
	}

	@PostMapping("/schedule/events/{id}/edit")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect) {
		EventView event = own(id, user, Wording.of("schedule.doing.update"));
		EventForm form = EventForm.of(params);
		try {
			schedule.update(id, form.version(), form.toInput(), form.flag("everywhere"), user.userId());
			redirect.addFlashAttribute("notice", form.flag("everywhere") && event.inSeveralProjects()
					? Wording.of("schedule.notice.updated-everywhere", form.get("title").strip())
					: Wording.of("schedule.notice.updated", form.get("title").strip()));
			return "redirect:/schedule?view=week&date=" + form.get("startDate").strip();
		}
		catch (InvalidInputException e) {
			return form(form, event, e.problems(), user, model);
		}
	}

	@GetMapping("/schedule/events/{id}/delete")
	String confirmDelete(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		model.addAttribute("event", own(id, user, Wording.of("schedule.doing.delete")));
		return "schedule/delete";
	}

	@PostMapping("/schedule/events/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean everywhere,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal KyoyuPrincipal user,
			RedirectAttributes redirect) {
		EventView event = own(id, user, Wording.of("schedule.doing.delete"));
		int count = schedule.delete(id, version, everywhere, user.userId());
		redirect.addFlashAttribute("notice", count > 1 ? Wording.of("schedule.notice.deleted-from-projects", event.title(), count)
				: Wording.of("schedule.notice.deleted", event.title()));
		return "redirect:/schedule?view=week&date=" + event.start().toLocalDate();
	}

	private void requireWrite(KyoyuPrincipal user) {
		if (!schedule.mayWrite(user.userId())) {
			throw new ForbiddenException(Wording.of("schedule.permission.read-only"));
		}
	}

	private EventView own(long id, KyoyuPrincipal user, String doing) {
		requireWrite(user);
		EventView event = schedule.get(id, user.userId());
		if (!event.mine()) {
			throw new ForbiddenException(Wording.of("schedule.event.not-yours", doing));
		}
		return event;
	}

	private String form(EventForm form, EventView event, List<FieldProblem> problems, KyoyuPrincipal user,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("event", event);
		model.addAttribute("problems", problems);
		model.addAttribute("errors", FormErrors.byField(problems));
		model.addAttribute("projects", projects.projectsOf(user.userId()));
		model.addAttribute("several", schedule.mayUseSeveralProjects(user.userId()));
		return "schedule/form";
	}
}
