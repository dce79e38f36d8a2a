package jp.kyoyu.schedule;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/** Lists occurrences for calendars and the overview, each shown in full or as busy time only. */
@Component
@Transactional(readOnly = true)
class CalendarQueries {

	static final Duration LONGEST_RANGE = Duration.ofDays(367);

	private static final Comparator<CalendarEntry> ORDER = Comparator.comparing(CalendarEntry::start)
		.thenComparing(entry -> !entry.allDay())
		.thenComparing(CalendarEntry::userName)
		.thenComparingLong(CalendarEntry::id);

	private final ScheduleEventRepository events;

	private final Visibility visibility;

	CalendarQueries(ScheduleEventRepository events, Visibility visibility) {
		this.events = events;
		this.visibility = visibility;
	}

	List<CalendarEntry> entries(CalendarQuery query, String viewerId) {
		if (query.from() == null || query.to() == null || !query.to().isAfter(query.from())) {
			throw new InvalidInputException("to", Wording.of("schedule.range.end-before-start"));
		}
		if (Duration.between(query.from(), query.to()).compareTo(LONGEST_RANGE) > 0) {
			throw new InvalidInputException(List.of(new FieldProblem("to", Wording.of("schedule.range.too-long"))));
		}
		Visibility.Circle circle = visibility.circle(viewerId, query.projectIds());
		Set<String> owners = new HashSet<>(circle.people().keySet());
		if (!query.userIds().isEmpty()) {
			owners.retainAll(query.userIds());
		}
		if (owners.isEmpty()) {
			return List.of();
		}
		List<ScheduleEvent> candidates = new ArrayList<>(events.findSingles(owners, query.from(), query.to()));
		List<ScheduleEvent> series = events.findSeries(owners, query.from(), query.to());
		candidates.addAll(series);
		Map<String, Set<String>> overriddenKeys = overriddenKeys(owners, series);
		List<Found> found = new ArrayList<>();
		for (ScheduleEvent event : candidates) {
			boolean full = Visibility.full(event, circle);
			if (full && !query.projectIds().isEmpty()
					&& (event.projectId() == null || !query.projectIds().contains(event.projectId()))) {
				continue;
			}
			Set<String> overridden = overriddenKeys.getOrDefault(event.ownerId() + "|" + event.uid(), Set.of());
			for (Occurrences.Occurrence occurrence : Occurrences.within(event, query.from(), query.to(), overridden)) {
				found.add(new Found(entry(event, occurrence, full, circle), event.seriesId()));
			}
		}
		List<CalendarEntry> entries = withoutRepeatedBusyTime(found);
		entries.sort(ORDER);
		return entries;
	}

	/** The changed occurrences of all the series at once (by owner and UID), not a query per series. */
	private Map<String, Set<String>> overriddenKeys(Set<String> owners, List<ScheduleEvent> series) {
		if (series.isEmpty()) {
			return Map.of();
		}
		Set<String> uids = new HashSet<>();
		series.stream().map(ScheduleEvent::uid).filter(java.util.Objects::nonNull).forEach(uids::add);
		if (uids.isEmpty()) {
			return Map.of();
		}
		Map<String, Set<String>> keys = new HashMap<>();
		for (Object[] row : events.findOverriddenKeys(owners, uids)) {
			keys.computeIfAbsent(row[0] + "|" + row[1], key -> new HashSet<>()).add((String) row[2]);
		}
		return keys;
	}

	private record Found(CalendarEntry entry, String seriesId) {

		String key() {
			return entry.userId() + "|" + seriesId + "|" + entry.start();
		}
	}

	/**
	 * An event registered in several projects is one appointment: where the viewer sees one copy in full, the
	 * other copies add no busy time, and several hidden copies are one busy block (the number of copies would
	 * tell how many projects it concerns).
	 */
	private static List<CalendarEntry> withoutRepeatedBusyTime(List<Found> found) {
		Set<String> shown = new HashSet<>();
		found.stream().filter(f -> !f.entry().busyOnly()).forEach(f -> shown.add(f.key()));
		List<CalendarEntry> entries = new ArrayList<>();
		for (Found f : found) {
			if (!f.entry().busyOnly() || shown.add(f.key())) {
				entries.add(f.entry());
			}
		}
		return entries;
	}

	EventView view(long id, String viewerId) {
		ScheduleEvent event = events.findById(id).orElseThrow(CalendarQueries::missing);
		Visibility.Circle circle = visibility.circle(viewerId);
		if (!circle.sees(event.ownerId())) {
			throw missing();
		}
		boolean full = Visibility.full(event, circle);
		boolean mine = event.ownerId().equals(viewerId);
		List<Long> seriesProjects = mine ? events.findBySeriesIdAndOwnerIdOrderById(event.seriesId(), viewerId).stream()
			.map(ScheduleEvent::projectId)
			.filter(java.util.Objects::nonNull)
			.toList() : List.of();
		return new EventView(event.id(), event.ownerId(), circle.nameOf(event.ownerId()), full ? event.title() : null,
				japan(event.startAt()), japan(event.endAt()), event.allDay(), event.allDay() ? event.endDate() : null,
				full ? event.projectId() : null, full ? circle.projectNames().get(event.projectId()) : null,
				full ? event.place() : null, full ? event.memo() : null, full && event.privateEvent(), !full, mine,
				mine ? event.seriesId() : null, seriesProjects, full ? event.source() : null,
				full && event.recurring() ? event.recurrence().rrule() : null, event.version());
	}

	static NotFoundException missing() {
		return new NotFoundException(Wording.of("schedule.event.not-found"));
	}

	private static CalendarEntry entry(ScheduleEvent event, Occurrences.Occurrence occurrence, boolean full,
			Visibility.Circle circle) {
		return new CalendarEntry(event.id(), event.ownerId(), circle.nameOf(event.ownerId()), full ? event.title() : null,
				japan(occurrence.startAt()), japan(occurrence.endAt()), event.allDay(),
				event.allDay() ? occurrence.endDate() : null, full ? event.projectId() : null,
				full ? circle.projectNames().get(event.projectId()) : null, full ? event.place() : null,
				full ? event.memo() : null, full && event.privateEvent(), !full, event.recurring(),
				event.ownerId().equals(circle.viewerId()), full ? event.seriesId() : null);
	}

	static OffsetDateTime japan(java.time.Instant instant) {
		return instant.atZone(EventTimes.JAPAN).toOffsetDateTime();
	}
}
