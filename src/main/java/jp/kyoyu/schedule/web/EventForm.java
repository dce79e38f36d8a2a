package jp.kyoyu.schedule.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.util.MultiValueMap;

import jp.kyoyu.schedule.EventInput;
import jp.kyoyu.schedule.EventView;

/**
 * The event form as typed: dates and times in separate inputs (what phones offer), kept as strings so a
 * refused form comes back exactly as it was sent.
 */
final class EventForm {

	private final Map<String, String> values = new LinkedHashMap<>();

	private final List<String> projectIds = new ArrayList<>();

	private EventForm() {
	}

	static EventForm blank(LocalDate day) {
		EventForm form = new EventForm();
		form.values.put("startDate", day.toString());
		form.values.put("startTime", "09:00");
		form.values.put("endDate", day.toString());
		form.values.put("endTime", "10:00");
		form.values.put("everywhere", "true");
		return form;
	}

	static EventForm of(MultiValueMap<String, String> params) {
		EventForm form = new EventForm();
		for (String name : List.of("title", "startDate", "startTime", "endDate", "endTime", "place", "memo")) {
			form.values.put(name, Objects.requireNonNullElse(params.getFirst(name), ""));
		}
		form.values.put("allDay", params.containsKey("allDay") ? "true" : "");
		form.values.put("private", params.containsKey("private") ? "true" : "");
		form.values.put("everywhere", "true".equals(params.getFirst("everywhere")) ? "true" : "");
		form.values.put("version", Objects.requireNonNullElse(params.getFirst("version"), ""));
		List<String> chosen = params.get("projectIds");
		if (chosen != null) {
			chosen.stream().filter(id -> id != null && !id.isBlank()).forEach(form.projectIds::add);
		}
		return form;
	}

	static EventForm of(EventView event) {
		EventForm form = new EventForm();
		form.values.put("title", event.title());
		form.values.put("startDate", event.start().toLocalDate().toString());
		form.values.put("startTime", event.allDay() ? "09:00" : event.start().toLocalTime().toString());
		form.values.put("endDate", (event.allDay() ? event.lastDay() : event.end().toLocalDate()).toString());
		form.values.put("endTime", event.allDay() ? "10:00" : event.end().toLocalTime().toString());
		form.values.put("allDay", event.allDay() ? "true" : "");
		form.values.put("place", Objects.requireNonNullElse(event.place(), ""));
		form.values.put("memo", Objects.requireNonNullElse(event.memo(), ""));
		form.values.put("private", event.privateEvent() ? "true" : "");
		form.values.put("everywhere", event.inSeveralProjects() ? "true" : "");
		form.values.put("version", String.valueOf(event.version()));
		List<Long> ids = event.inSeveralProjects() ? event.seriesProjectIds()
				: event.projectId() == null ? List.of() : List.of(event.projectId());
		ids.forEach(id -> form.projectIds.add(String.valueOf(id)));
		return form;
	}

	/** The typed values for the rules; a project id that is not a number is left for them to report. */
	EventInput toInput() {
		boolean allDay = flag("allDay");
		String start = allDay ? get("startDate") : dateTime(get("startDate"), get("startTime"));
		String endDate = get("endDate").isBlank() ? get("startDate") : get("endDate");
		String end = allDay ? get("endDate") : get("endTime").isBlank() ? "" : dateTime(endDate, get("endTime"));
		List<Long> ids = new ArrayList<>();
		for (String id : projectIds) {
			try {
				ids.add(Long.valueOf(id.strip()));
			}
			catch (NumberFormatException e) {
				ids.add(null);
			}
		}
		return new EventInput(get("title"), start, end, allDay, get("place"), get("memo"), ids, flag("private"));
	}

	/** The version the form was opened with (issue #15); null from a form without one. */
	Long version() {
		try {
			return get("version").isBlank() ? null : Long.valueOf(get("version").strip());
		}
		catch (NumberFormatException e) {
			return -1L; // names no version of ours, so the change is refused as stale
		}
	}

	public String get(String name) {
		return values.getOrDefault(name, "");
	}

	public boolean flag(String name) {
		return "true".equals(values.get(name));
	}

	public boolean hasProject(long id) {
		return projectIds.contains(String.valueOf(id));
	}

	/** Whether a personal event (no project) is chosen. */
	public boolean personal() {
		return projectIds.isEmpty();
	}

	private static String dateTime(String date, String time) {
		if (date.isBlank()) {
			return "";
		}
		return time.isBlank() ? date : date.strip() + "T" + time.strip();
	}
}
