package jp.kyoyu.schedule;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/**
 * Reads an iCalendar file (RFC 5545) with ical4j into {@link ImportedEvent}s. A file that cannot be read as a
 * whole is refused with one Japanese message; an event that cannot be understood becomes an error line and
 * the rest is still read.
 */
final class IcalReader {

	static final String FIELD = "file";

	/** Japanese groupware (and Excel-made files) still write Shift_JIS; Windows' variant is its superset. */
	private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

	/**
	 * The file in order: each item is an event to import or a line already decided (a to-do, a cancelled
	 * occurrence...).
	 */
	record Item(ImportedEvent event, ImportLine decided) {
	}

	record ParsedFile(List<Item> items, List<FieldProblem> errors) {
	}

	private IcalReader() {
	}

	static ParsedFile read(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw refused(Wording.of("schedule.ical.empty"));
		}
		String text = decode(bytes);
		if (!text.toUpperCase(Locale.ROOT).contains("BEGIN:VCALENDAR")) {
			throw refused(Wording.of("schedule.ical.not-icalendar"));
		}
		Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(new StringReader(text));
		}
		catch (ParserException e) {
			throw refused(Wording.of("schedule.ical.broken-at", e.getLineNo(), detail(e)));
		}
		catch (IOException | RuntimeException e) {
			throw refused(Wording.of("schedule.ical.broken"));
		}
		return items(calendar);
	}

	private static ParsedFile items(Calendar calendar) {
		VEventReader events = new VEventReader(calendar.getProperty("X-WR-TIMEZONE").map(Property::getValue)
			.flatMap(TimeZoneNames::region).orElse(null));
		List<Item> items = new ArrayList<>();
		List<FieldProblem> errors = new ArrayList<>();
		for (Component component : calendar.getComponents()) {
			if (component instanceof VEvent event) {
				try {
					items.add(new Item(events.read(event), null));
				}
				catch (VEventReader.Unreadable e) {
					errors.add(new FieldProblem(FIELD, e.getMessage()));
				}
			}
			else if (!"VTIMEZONE".equals(component.getName())) {
				String title = component.getProperty(Property.SUMMARY).map(Property::getValue).orElse(component.getName());
				items.add(new Item(null, new ImportLine(ImportAction.SKIP, title, null, null, false, false,
						Wording.of("schedule.ical.not-an-event", component.getName()))));
			}
		}
		return new ParsedFile(excludeCancelledOccurrences(items), errors);
	}

	/** A cancelled occurrence of a series is the series' exclusion (as an EXDATE would be). */
	private static List<Item> excludeCancelledOccurrences(List<Item> items) {
		List<Item> result = new ArrayList<>();
		for (Item item : items) {
			ImportedEvent event = item.event();
			if (event == null || !event.key().isEmpty() || event.data().recurrence() == null) {
				result.add(item);
				continue;
			}
			Set<String> excluded = new LinkedHashSet<>();
			Recurrence recurrence = event.data().recurrence();
			if (recurrence.exdates() != null) {
				excluded.addAll(List.of(recurrence.exdates().split(",")));
			}
			items.stream().map(Item::event)
				.filter(other -> other != null && other.cancelled() && other.uid().equals(event.uid())
						&& !other.key().isEmpty())
				.forEach(other -> excluded.add(other.key()));
			Recurrence withExclusions = new Recurrence(recurrence.rrule(),
					excluded.isEmpty() ? null : String.join(",", excluded), recurrence.zone(), recurrence.until());
			EventData data = event.data();
			result.add(new Item(event.withData(new EventData(data.title(), data.allDay(), data.startAt(),
					data.endAt(), data.startDate(), data.endDate(), data.place(), data.memo(), data.privateEvent(),
					withExclusions)), null));
		}
		return result;
	}

	/** UTF-8 as RFC 5545 says; else Shift_JIS; a file that is neither is refused rather than imported garbled. */
	static String decode(byte[] bytes) {
		for (Charset charset : List.of(StandardCharsets.UTF_8, SHIFT_JIS)) {
			try {
				String text = charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes))
					.toString();
				return text.startsWith("\uFEFF") ? text.substring(1) : text;
			}
			catch (CharacterCodingException e) {
				// try the next one
			}
		}
		throw refused(Wording.of("schedule.ical.unknown-charset"));
	}

	private static String detail(ParserException e) {
		Throwable cause = e.getCause() != null ? e.getCause() : e;
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		message = message.replaceFirst("^Error at line \\d+:", "");
		return message.length() > 120 ? message.substring(0, 120) + "…" : message;
	}

	private static InvalidInputException refused(String message) {
		return new InvalidInputException(FIELD, message);
	}
}
