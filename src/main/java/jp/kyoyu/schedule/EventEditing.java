package jp.kyoyu.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.StaleVersionException;
import jp.kyoyu.shared.Wording;

/**
 * Registers, changes and deletes events. An event for several projects is one copy per project sharing a series
 * id (C7.3); "everywhere" applies a change to every copy the owner has, adding and removing copies so that
 * exactly the given projects have one.
 */
@Component
@Transactional
class EventEditing {

	private final ScheduleEventRepository events;

	private final EventRules rules;

	private final Visibility visibility;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	EventEditing(ScheduleEventRepository events, EventRules rules, Visibility visibility,
			ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.rules = rules;
		this.visibility = visibility;
		this.publisher = publisher;
		this.clock = clock;
	}

	List<Long> create(EventInput input, String ownerId, EventSource source, String sourceRef) {
		EventRules.Checked checked = rules.check(input, ownerId, null);
		String seriesId = UUID.randomUUID().toString();
		List<Long> projectIds = checked.projectIds().isEmpty() ? java.util.Collections.singletonList(null)
				: checked.projectIds();
		List<Long> ids = new ArrayList<>();
		for (Long projectId : projectIds) {
			ids.add(add(ownerId, seriesId, checked.data(), projectId, source, sourceRef).id());
		}
		return ids;
	}

	List<Long> update(long id, Long version, EventInput input, boolean everywhere, String actorId) {
		ScheduleEvent event = owned(id, actorId, Wording.of("schedule.doing.update"));
		StaleVersionException.check(event.version(), version);
		List<ScheduleEvent> copies = everywhere ? events.findBySeriesIdAndOwnerIdOrderById(event.seriesId(), actorId)
				: List.of(event);
		List<Long> current = copies.stream().map(ScheduleEvent::projectId).filter(Objects::nonNull).distinct().toList();
		EventRules.Checked checked = rules.check(input, actorId, current);
		if (!everywhere && checked.projectIds().size() > 1) {
			throw new InvalidInputException("projectIds", Wording.of("schedule.event.one-project-only"));
		}
		EventData data = keepRecurrence(event, checked.data());
		if (!everywhere) {
			Long projectId = checked.projectIds().isEmpty() ? null : checked.projectIds().get(0);
			return List.of(change(event, data, projectId).id());
		}
		// A null in the list stands for the one personal copy of an event that concerns no project.
		List<Long> unmatched = new ArrayList<>(checked.projectIds().isEmpty() ? java.util.Collections.singletonList(null)
				: checked.projectIds());
		List<ScheduleEvent> spare = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		for (ScheduleEvent copy : copies) {
			if (unmatched.remove(copy.projectId())) {
				ids.add(change(copy, data, copy.projectId()).id());
			}
			else {
				spare.add(copy);
			}
		}
		for (ScheduleEvent copy : spare) {
			if (unmatched.isEmpty()) {
				remove(copy);
			}
			else {
				ids.add(change(copy, data, unmatched.remove(0)).id());
			}
		}
		for (Long projectId : unmatched) {
			ids.add(add(actorId, event.seriesId(), data, projectId, event.source(), event.sourceRef()).id());
		}
		return ids;
	}

	private ScheduleEvent change(ScheduleEvent copy, EventData data, Long projectId) {
		copy.apply(data, projectId, clock.instant());
		publisher.publishEvent(new ScheduleEventUpdated(copy.id(), copy.ownerId(), projectId, copy.seriesId(),
				titleForAudit(copy)));
		return copy;
	}

	int delete(long id, Long version, boolean everywhere, String actorId) {
		ScheduleEvent event = owned(id, actorId, Wording.of("schedule.doing.delete"));
		StaleVersionException.check(event.version(), version);
		List<ScheduleEvent> copies = everywhere ? events.findBySeriesIdAndOwnerIdOrderById(event.seriesId(), actorId)
				: List.of(event);
		copies.forEach(this::remove);
		return copies.size();
	}

	/** Changed occurrences and the series itself, as a cancelled import removes them. */
	void remove(ScheduleEvent event) {
		events.delete(event);
		publisher.publishEvent(new ScheduleEventDeleted(event.id(), event.ownerId(), event.projectId(), event.seriesId(),
				titleForAudit(event)));
	}

	private ScheduleEvent add(String ownerId, String seriesId, EventData data, Long projectId, EventSource source,
			String sourceRef) {
		Instant now = clock.instant();
		ScheduleEvent event = new ScheduleEvent(ownerId, seriesId, UUID.randomUUID() + "@kyoyu", "", source, now);
		event.apply(data, projectId, now);
		event.setSourceRef(sourceRef);
		events.save(event);
		publisher.publishEvent(new ScheduleEventCreated(event.id(), ownerId, projectId, seriesId, titleForAudit(event)));
		return event;
	}

	/** An imported series stays a series when its title or times are edited here; its end is worked out again. */
	private static EventData keepRecurrence(ScheduleEvent event, EventData data) {
		Recurrence old = event.recurrence();
		if (old == null) {
			return data;
		}
		Recurrence recurrence = RecurrenceRules.recurrence(old.rrule(), old.exdates(), java.time.ZoneId.of(old.zone()), data)
			.orElse(old);
		return new EventData(data.title(), data.allDay(), data.startAt(), data.endAt(), data.startDate(), data.endDate(),
				data.place(), data.memo(), data.privateEvent(), recurrence);
	}

	private ScheduleEvent owned(long id, String actorId, String doing) {
		ScheduleEvent event = events.findById(id).orElseThrow(CalendarQueries::missing);
		if (!event.ownerId().equals(actorId)) {
			if (!visibility.circle(actorId).sees(event.ownerId())) {
				throw CalendarQueries.missing();
			}
			throw new ForbiddenException(Wording.of("schedule.event.not-yours", doing));
		}
		return event;
	}

	static String titleForAudit(ScheduleEvent event) {
		return event.privateEvent() ? null : event.title();
	}
}
