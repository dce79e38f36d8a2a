package jp.kyoyu.schedule.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/**
 * The {@code from}/{@code to} of {@code GET /api/v1/events}: a date means that whole day in Japan (so
 * {@code from=2026-12-01&to=2026-12-31} is December), a date-time is an exact instant ({@code to} excluded; without
 * an offset, Japan time).
 */
@Component
class ApiRange {

	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private final Clock clock;

	ApiRange(Clock clock) {
		this.clock = clock;
	}

	record Range(Instant from, Instant to) {
	}

	Range parse(String from, String to) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant start = from == null || from.isBlank() ? LocalDate.now(clock).atStartOfDay(JAPAN).toInstant()
				: read(from, false, "from", problems);
		Instant end = to == null || to.isBlank() ? (start == null ? null : start.plusSeconds(30L * 24 * 3600))
				: read(to, true, "to", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Range(start, end);
	}

	private static Instant read(String text, boolean end, String field, List<FieldProblem> problems) {
		String value = text.strip().replace(' ', '+');
		try {
			if (!value.contains("T")) {
				LocalDate date = LocalDate.parse(value);
				return (end ? date.plusDays(1) : date).atStartOfDay(JAPAN).toInstant();
			}
			try {
				return OffsetDateTime.parse(value).toInstant();
			}
			catch (DateTimeParseException e) {
				return LocalDateTime.parse(value).atZone(JAPAN).toInstant();
			}
		}
		catch (DateTimeParseException e) {
			problems.add(new FieldProblem(field, Wording.of("schedule.api.time-format", field)));
			return null;
		}
	}
}
