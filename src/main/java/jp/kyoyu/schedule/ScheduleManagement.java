package jp.kyoyu.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.PayloadTooLargeException;
import jp.kyoyu.shared.StaleVersionException;
import jp.kyoyu.shared.Wording;

/**
 * Schedules (C7, S7): everyone's own events, the supervisor's view across projects, one event registered in
 * several projects at once, busy-only privacy, iCalendar import and the subscription feed. Every method takes
 * the acting user and applies the visibility rules of docs/modules/schedule.md.
 */
@Service
@Transactional
public class ScheduleManagement {

	/** An iCalendar file is read whole into memory; years of a busy calendar are a few megabytes. */
	public static final DataSize MAX_IMPORT_SIZE = DataSize.ofMegabytes(10);

	private final EventEditing editing;

	private final CalendarQueries queries;

	private final Visibility visibility;

	private final IcalImport imports;

	private final CalendarFeed feed;

	private final HolidaySource holidays;

	private final ScheduleEventRepository events;

	private final IdentityManagement identity;

	private final SchedulePermission permission;

	ScheduleManagement(EventEditing editing, CalendarQueries queries, Visibility visibility, IcalImport imports,
			CalendarFeed feed, HolidaySource holidays, ScheduleEventRepository events, IdentityManagement identity,
			SchedulePermission permission) {
		this.editing = editing;
		this.queries = queries;
		this.visibility = visibility;
		this.imports = imports;
		this.feed = feed;
		this.holidays = holidays;
		this.events = events;
		this.identity = identity;
		this.permission = permission;
	}

	/** Registers an event: a personal one, or one copy per project (several only for agency users). */
	public List<Long> create(EventInput input, String actingUserId) {
		permission.requireWrite(actingUserId);
		return editing.create(input, actingUserId, EventSource.KYOYU, null);
	}

	/** Changes one's own event; {@code everywhere} changes every project copy of it (and the set of projects). */
	public List<Long> update(long eventId, EventInput input, boolean everywhere, String actingUserId) {
		return update(eventId, null, input, everywhere, actingUserId);
	}

	/** {@link #update} refused with {@link StaleVersionException} unless the event is still at {@code version}. */
	public List<Long> update(long eventId, Long version, EventInput input, boolean everywhere, String actingUserId) {
		permission.requireWrite(actingUserId);
		List<Long> ids = editing.update(eventId, version, input, everywhere, actingUserId);
		StaleVersionException.flushing(events::flush);
		return ids;
	}

	/** Deletes one's own event, or with {@code everywhere} every project copy of it; answers how many. */
	public int delete(long eventId, boolean everywhere, String actingUserId) {
		return delete(eventId, null, everywhere, actingUserId);
	}

	/** {@link #delete} refused with {@link StaleVersionException} unless the event is still at {@code version}. */
	public int delete(long eventId, Long version, boolean everywhere, String actingUserId) {
		permission.requireWrite(actingUserId);
		return editing.delete(eventId, version, everywhere, actingUserId);
	}

	/** One event as the viewer may see it; 404 for events of people the viewer shares no project with. */
	@Transactional(readOnly = true)
	public EventView get(long eventId, String viewerUserId) {
		permission.requireRead(viewerUserId);
		return queries.view(eventId, viewerUserId);
	}

	/** Occurrences in a range for the viewer, recurring events expanded, busy-only where not to be read. */
	@Transactional(readOnly = true)
	public List<CalendarEntry> calendar(CalendarQuery query, String viewerUserId) {
		permission.requireRead(viewerUserId);
		return queries.entries(query, viewerUserId);
	}

	/** The people whose schedules the viewer may see (the viewer first), optionally of some projects only. */
	@Transactional(readOnly = true)
	public List<CalendarPerson> people(java.util.Set<Long> projectIds, String viewerUserId) {
		permission.requireRead(viewerUserId);
		return List.copyOf(visibility.circle(viewerUserId, projectIds).people().values());
	}

	/** The days from {@code from} to {@code to} (both included) with the master calendar's holidays. */
	@Transactional(readOnly = true)
	public List<CalendarDay> days(LocalDate from, LocalDate to) {
		Map<LocalDate, String> names = holidays.between(from, to);
		List<CalendarDay> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			days.add(new CalendarDay(day, names.get(day)));
		}
		return days;
	}

	/** Whether the user may register and change events (the SCHEDULE permission is WRITE or more). */
	@Transactional(readOnly = true)
	public boolean mayWrite(String userId) {
		return permission.allows(userId, jp.kyoyu.identity.AccessLevel.WRITE);
	}

	/** Supervisors (agency side) may register one event in several projects at once (C7.3). */
	@Transactional(readOnly = true)
	public boolean mayUseSeveralProjects(String userId) {
		return identity.find(userId).map(user -> user.side() == Side.AGENCY).orElse(false);
	}

	/** What importing the iCalendar file would do, without writing anything. */
	@Transactional(readOnly = true)
	public ImportReport previewImport(byte[] icsFile, String actingUserId) {
		permission.requireWrite(actingUserId);
		requireImportSize(icsFile.length);
		return imports.preview(icsFile, actingUserId);
	}

	/** Imports the iCalendar file into the user's own schedule; a file that cannot be read changes nothing. */
	public ImportReport importCalendar(byte[] icsFile, String fileName, String actingUserId) {
		permission.requireWrite(actingUserId);
		requireImportSize(icsFile.length);
		return imports.run(icsFile, fileName, actingUserId);
	}

	/** Refuses (413) an iCalendar file over {@link #MAX_IMPORT_SIZE}; callers check before reading it. */
	public static void requireImportSize(long bytes) {
		if (bytes > MAX_IMPORT_SIZE.toBytes()) {
			throw new PayloadTooLargeException(Wording.of("schedule.ical.too-large",
					PayloadTooLargeException.label(MAX_IMPORT_SIZE)));
		}
	}

	/** The secret token of the user's subscription URL ({@code /calendar/feed/{token}.ics}), issued on first use. */
	public String feedToken(String userId) {
		permission.requireRead(userId);
		return feed.token(userId);
	}

	/** Issues a new feed token; the old URL stops working. */
	public String renewFeedToken(String userId) {
		permission.requireRead(userId);
		return feed.renew(userId);
	}

	/** The feed of the token's owner as iCalendar text; empty for an unknown or replaced token. */
	@Transactional(readOnly = true)
	public Optional<String> feed(String token) {
		return feed.ics(token);
	}

	/**
	 * For other modules (e.g. a proposal's 立会 date): puts an event into the owner's schedule, or updates the one
	 * made earlier for the same {@code sourceRef} (such as {@code proposal:12}), with the usual checks. The owner
	 * must take part in the projects named. Answers the ids of the event's copies.
	 */
	public List<Long> scheduleLinked(String sourceRef, EventInput input, String ownerUserId) {
		if (sourceRef == null || sourceRef.isBlank() || sourceRef.length() > 100) {
			throw new InvalidInputException("sourceRef", Wording.of("schedule.source-ref.invalid"));
		}
		List<ScheduleEvent> earlier = events.findByOwnerIdAndSourceRefOrderById(ownerUserId, sourceRef);
		if (earlier.isEmpty()) {
			return editing.create(input, ownerUserId, EventSource.LINKED, sourceRef);
		}
		return editing.update(earlier.get(0).id(), null, input, true, ownerUserId);
	}

	/** Removes what {@link #scheduleLinked} put in (e.g. the proposal was withdrawn); answers how many copies. */
	public int cancelLinked(String sourceRef, String ownerUserId) {
		List<ScheduleEvent> earlier = events.findByOwnerIdAndSourceRefOrderById(ownerUserId, sourceRef);
		earlier.forEach(editing::remove);
		return earlier.size();
	}
}
