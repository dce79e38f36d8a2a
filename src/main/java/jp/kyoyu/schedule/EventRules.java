package jp.kyoyu.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** Checks an event as typed and reports every problem at once, naming the field in Japanese. */
@Component
class EventRules {

	static final int TITLE_MAX = 200;

	static final int PLACE_MAX = 200;

	static final int MEMO_MAX = 2000;

	private static final Duration LONGEST = Duration.ofDays(366);

	private final ProjectManagement projects;

	private final IdentityManagement identity;

	EventRules(ProjectManagement projects, IdentityManagement identity) {
		this.projects = projects;
		this.identity = identity;
	}

	/** The checked event and its projects (distinct, in the order given). */
	record Checked(EventData data, List<Long> projectIds) {
	}

	/**
	 * @param keepProjects used when the input names no projects ({@literal null}): an edit that leaves them
	 */
	Checked check(EventInput input, String actorId, List<Long> keepProjects) {
		List<FieldProblem> problems = new ArrayList<>();
		String title = clean(input.title());
		if (title == null) {
			problems.add(new FieldProblem("title", Wording.of("schedule.event.title-missing")));
		}
		else if (title.length() > TITLE_MAX) {
			problems.add(new FieldProblem("title", Wording.of("schedule.event.title-too-long", TITLE_MAX)));
		}
		jp.kyoyu.shared.CleanText.checkLine(problems, "title", Wording.of("schedule.event.title"), title);
		String place = clean(input.place());
		if (place != null && place.length() > PLACE_MAX) {
			problems.add(new FieldProblem("place", Wording.of("schedule.event.place-too-long", PLACE_MAX)));
		}
		String memo = cleanMemo(input.memo());
		if (memo != null && memo.length() > MEMO_MAX) {
			problems.add(new FieldProblem("memo", Wording.of("schedule.event.memo-too-long", MEMO_MAX)));
		}
		boolean allDay = Boolean.TRUE.equals(input.allDay());
		EventData times = allDay ? allDay(input, problems) : timed(input, problems);
		List<Long> projectIds = input.projectIds() == null && keepProjects != null ? keepProjects
				: projectIds(input.projectIds(), actorId, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Checked(new EventData(title, allDay, times.startAt(), times.endAt(), times.startDate(),
				times.endDate(), place, memo, Boolean.TRUE.equals(input.privateEvent()), null), projectIds);
	}

	private static EventData timed(EventInput input, List<FieldProblem> problems) {
		if (EventTimes.isBlank(input.start())) {
			problems.add(new FieldProblem("start", Wording.of("schedule.event.start-missing")));
			return times(null, null, null, null);
		}
		Instant start = EventTimes.instant(input.start()).orElse(null);
		if (start == null) {
			problems.add(new FieldProblem("start", EventTimes.date(input.start()).isPresent()
					? Wording.of("schedule.event.start-needs-time")
					: Wording.of("schedule.event.start-format")));
		}
		Instant end = null;
		if (EventTimes.isBlank(input.end())) {
			end = start == null ? null : start.plus(Duration.ofHours(1));
		}
		else {
			end = EventTimes.instant(input.end()).orElse(null);
			if (end == null) {
				problems.add(new FieldProblem("end", Wording.of("schedule.event.end-format")));
			}
		}
		if (start != null && end != null) {
			if (end.isBefore(start)) {
				problems.add(new FieldProblem("end", Wording.of("schedule.event.end-before-start")));
			}
			else if (Duration.between(start, end).compareTo(LONGEST) > 0) {
				problems.add(new FieldProblem("end", Wording.of("schedule.event.too-long")));
			}
		}
		return times(start, end, null, null);
	}

	private static EventData allDay(EventInput input, List<FieldProblem> problems) {
		if (EventTimes.isBlank(input.start())) {
			problems.add(new FieldProblem("start", Wording.of("schedule.event.start-date-missing")));
			return times(null, null, null, null);
		}
		LocalDate first = EventTimes.date(input.start()).orElse(null);
		if (first == null) {
			problems.add(new FieldProblem("start", Wording.of("schedule.event.start-date-format")));
		}
		LocalDate last = first;
		if (!EventTimes.isBlank(input.end())) {
			last = EventTimes.date(input.end()).orElse(null);
			if (last == null) {
				problems.add(new FieldProblem("end", Wording.of("schedule.event.end-date-format")));
			}
			else if (first != null && last.isAfter(first) && EventTimes.isMidnight(input.end())) {
				// 00:00 of the day after is how calendars (and our own GET answer) write the end of the last day.
				last = last.minusDays(1);
			}
		}
		if (first != null && last != null) {
			if (last.isBefore(first)) {
				problems.add(new FieldProblem("end", Wording.of("schedule.event.end-date-before-start")));
			}
			else if (first.plusDays(LONGEST.toDays()).isBefore(last)) {
				problems.add(new FieldProblem("end", Wording.of("schedule.event.too-long")));
			}
		}
		if (first == null || last == null) {
			return times(null, null, null, null);
		}
		return times(EventTimes.startOfDay(first), EventTimes.startOfDay(last.plusDays(1)), first, last);
	}

	private List<Long> projectIds(List<Long> given, String actorId, List<FieldProblem> problems) {
		if (given == null || given.isEmpty()) {
			return List.of();
		}
		if (given.stream().anyMatch(Objects::isNull)) {
			problems.add(new FieldProblem("projectIds", Wording.of("schedule.event.project-null")));
			return List.of();
		}
		Set<Long> distinct = new LinkedHashSet<>(given);
		List<Long> unknown = distinct.stream().filter(id -> !projects.isMember(id, actorId)).toList();
		if (!unknown.isEmpty()) {
			problems.add(new FieldProblem("projectIds", Wording.of("schedule.event.project-unknown",
					unknown.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""))));
		}
		boolean agency = identity.find(actorId).map(user -> user.side() == Side.AGENCY).orElse(false);
		if (distinct.size() > 1 && !agency) {
			problems.add(new FieldProblem("projectIds",
					Wording.of("schedule.event.several-projects-agency-only")));
		}
		return List.copyOf(distinct);
	}

	private static EventData times(Instant start, Instant end, LocalDate first, LocalDate last) {
		return new EventData(null, first != null, start, end, first, last, null, null, false, null);
	}

	static String clean(String text) {
		if (text == null || text.strip().isEmpty()) {
			return null;
		}
		return text.strip().replaceAll("\\p{Cntrl}", " ");
	}

	private static String cleanMemo(String text) {
		if (text == null || text.strip().isEmpty()) {
			return null;
		}
		// Line breaks are the memo's structure; other control characters are noise from copy and paste.
		return text.strip().replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
	}
}
