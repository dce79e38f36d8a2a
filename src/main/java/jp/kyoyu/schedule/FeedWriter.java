package jp.kyoyu.schedule;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Clazz;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a user's own events as an iCalendar feed with ical4j: times in Asia/Tokyo with its VTIMEZONE, all-day
 * events as dates, imported series with their RRULE, EXDATEs and changed occurrences, so groupware that
 * subscribes shows what Kyoyu shows.
 */
final class FeedWriter {

	private FeedWriter() {
	}

	static String write(String calendarName, List<ScheduleEvent> events, Map<Long, String> projectNames) {
		TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Kyoyu//Kyoyu Schedule 1.0//JA"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", calendarName));
		calendar.add(new XProperty("X-WR-TIMEZONE", EventTimes.JAPAN.getId()));
		// How often subscribers should look again (RFC 7986, and the older name Outlook reads).
		calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), java.time.Duration.ofHours(1)));
		calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
		Set<ZoneId> zones = new LinkedHashSet<>(List.of(EventTimes.JAPAN));
		for (ScheduleEvent event : events) {
			calendar.add(event(event, event.projectId() == null ? null : projectNames.get(event.projectId()), zones));
		}
		zones.forEach(zone -> calendar.add(registry.getTimeZone(zone.getId()).getVTimeZone()));
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private static VEvent event(ScheduleEvent event, String projectName, Set<ZoneId> zones) {
		VEvent vevent = new VEvent(false);
		vevent.add(new Uid(event.uid()));
		vevent.add(new DtStamp(event.updatedAt()));
		vevent.add(new LastModified(event.updatedAt()));
		if (event.allDay()) {
			vevent.add(new DtStart<>(event.startDate()));
			vevent.add(new DtEnd<>(event.endDate().plusDays(1)));
		}
		else {
			ZoneId zone = zoneOf(event);
			if (!(zone instanceof ZoneOffset)) {
				zones.add(zone);
			}
			vevent.add(new DtStart<>(at(event.startAt(), zone)));
			vevent.add(new DtEnd<>(at(event.endAt(), zone)));
		}
		if (!event.recurrenceKey().isEmpty()) {
			vevent.add(new RecurrenceId<>(parse(event.recurrenceKey())));
		}
		if (event.recurring()) {
			vevent.add(new RRule<>(event.recurrence().rrule()));
			if (event.recurrence().exdates() != null) {
				for (String key : event.recurrence().exdates().split(",")) {
					Temporal excluded = parse(key);
					ExDate<Temporal> exdate = new ExDate<>(new DateList<>(List.of(excluded)));
					if (excluded instanceof LocalDate) {
						exdate.add(Value.DATE);
					}
					vevent.add(exdate);
				}
			}
		}
		vevent.add(new Summary(event.title()));
		if (event.place() != null) {
			vevent.add(new Location(event.place()));
		}
		if (event.memo() != null) {
			vevent.add(new Description(event.memo()));
		}
		if (projectName != null) {
			vevent.add(new Categories(projectName));
		}
		vevent.add(event.privateEvent() ? new Clazz(Clazz.VALUE_PRIVATE) : new Clazz(Clazz.VALUE_PUBLIC));
		return vevent;
	}

	/** A series is written in the zone it repeats in; everything else in Japan time. */
	private static ZoneId zoneOf(ScheduleEvent event) {
		return event.recurring() ? ZoneId.of(event.recurrence().zone()) : EventTimes.JAPAN;
	}

	/** A region zone is written with its TZID; a bare offset has no VTIMEZONE, so UTC is written instead. */
	private static Temporal at(Instant instant, ZoneId zone) {
		return zone instanceof ZoneOffset ? instant : instant.atZone(zone);
	}

	private static Temporal parse(String key) {
		return key.contains("T") ? Instant.parse(key) : LocalDate.parse(key);
	}
}
