package jp.kyoyu.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.Wording;

/**
 * Imports an iCalendar file into its owner's own schedule (C7.6). The same plan serves the preview and the
 * import, so the preview shows exactly what will happen. An event is matched by (owner, UID, RECURRENCE-ID):
 * importing the same file again changes what changed and adds nothing twice. Imported events are personal
 * (no project) until the owner assigns one, which a later import keeps.
 */
@Component
@Transactional
class IcalImport {

	private final ScheduleEventRepository events;

	private final EventEditing editing;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	IcalImport(ScheduleEventRepository events, EventEditing editing, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.editing = editing;
		this.publisher = publisher;
		this.clock = clock;
	}

	private record Step(ImportLine line, ImportedEvent event, List<ScheduleEvent> existing) {
	}

	@Transactional(readOnly = true)
	ImportReport preview(byte[] file, String ownerId) {
		IcalReader.ParsedFile parsed = IcalReader.read(file);
		return ImportReport.of(plan(parsed, ownerId).stream().map(Step::line).toList(), parsed.errors());
	}

	ImportReport run(byte[] file, String fileName, String ownerId) {
		IcalReader.ParsedFile parsed = IcalReader.read(file);
		List<Step> steps = plan(parsed, ownerId);
		Instant now = clock.instant();
		for (Step step : steps) {
			switch (step.line().action()) {
				case ADD -> {
					ImportedEvent imported = step.event();
					ScheduleEvent event = new ScheduleEvent(ownerId, UUID.randomUUID().toString(), imported.uid(),
							imported.key(), EventSource.IMPORT, now);
					event.apply(imported.data(), null, now);
					events.save(event);
				}
				case UPDATE -> {
					ScheduleEvent event = step.existing().get(0);
					event.apply(step.event().data(), event.projectId(), now);
				}
				case REMOVE -> step.existing().forEach(editing::remove);
				case SKIP -> {
					// nothing to write
				}
			}
		}
		ImportReport report = ImportReport.of(steps.stream().map(Step::line).toList(), parsed.errors());
		publisher.publishEvent(new ScheduleImported(ownerId, fileName, report.added(), report.updated(),
				report.removed(), report.skipped(), report.errors().size()));
		return report;
	}

	private List<Step> plan(IcalReader.ParsedFile parsed, String ownerId) {
		List<Step> steps = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (IcalReader.Item item : parsed.items()) {
			if (item.decided() != null) {
				steps.add(new Step(item.decided(), null, List.of()));
				continue;
			}
			ImportedEvent imported = item.event();
			if (!seen.add(imported.uid() + "\n" + imported.key())) {
				steps.add(skip(imported, Wording.of("schedule.import.skip.repeated-uid")));
				continue;
			}
			Optional<ScheduleEvent> existing = events.findByOwnerIdAndUidAndRecurrenceKey(ownerId, imported.uid(),
					imported.key());
			if (existing.isPresent() && existing.get().source() != EventSource.IMPORT) {
				steps.add(skip(imported, Wording.of("schedule.import.skip.kyoyu-event")));
			}
			else if (imported.cancelled()) {
				steps.add(cancelled(imported, ownerId, existing));
			}
			else if (existing.isEmpty()) {
				steps.add(new Step(line(ImportAction.ADD, imported, null), imported, List.of()));
			}
			else if (existing.get().sameAs(imported.data(),
					existing.get().projectId())) {
				steps.add(skip(imported, Wording.of("schedule.import.skip.unchanged")));
			}
			else {
				steps.add(new Step(line(ImportAction.UPDATE, imported, null), imported, List.of(existing.get())));
			}
		}
		return steps;
	}

	private Step cancelled(ImportedEvent imported, String ownerId, Optional<ScheduleEvent> existing) {
		if (!imported.key().isEmpty()) {
			return existing.map(event -> new Step(line(ImportAction.REMOVE, imported,
					Wording.of("schedule.import.remove.cancelled-occurrence")), imported, List.of(event)))
				.orElseGet(() -> skip(imported, Wording.of("schedule.import.skip.cancelled-occurrence")));
		}
		List<ScheduleEvent> stored = events.findByOwnerIdAndUid(ownerId, imported.uid()).stream()
			.filter(event -> event.source() == EventSource.IMPORT)
			.toList();
		if (stored.isEmpty()) {
			return skip(imported, Wording.of("schedule.import.skip.cancelled"));
		}
		return new Step(line(ImportAction.REMOVE, imported, Wording.of("schedule.import.remove.cancelled")), imported,
				stored);
	}

	private static Step skip(ImportedEvent imported, String reason) {
		return new Step(line(ImportAction.SKIP, imported, reason), imported, List.of());
	}

	private static ImportLine line(ImportAction action, ImportedEvent imported, String reason) {
		EventData data = imported.data();
		return new ImportLine(action, data.title(), CalendarQueries.japan(data.startAt()),
				CalendarQueries.japan(data.endAt()), data.allDay(), data.recurrence() != null, reason);
	}
}
