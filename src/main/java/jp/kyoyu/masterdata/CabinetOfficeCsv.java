package jp.kyoyu.masterdata;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.Wording;

/**
 * Reads the Cabinet Office's holiday list ({@code 国民の祝日・休日月日,国民の祝日・休日名称}, dates as
 * {@code 2026/1/1}) as it is published in Shift_JIS, or as saved again in UTF-8 by a spreadsheet.
 */
final class CabinetOfficeCsv {

	static final String FIELD = "file";

	/** Enough to fix a file; a wrong file would otherwise list every one of its lines. */
	private static final int MAX_REPORTED = 20;

	private static final Pattern DATE = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})");

	private static final Charset SHIFT_JIS = Charset.forName("MS932");

	private CabinetOfficeCsv() {
	}

	/** Every line as a national holiday, or the problems of the bad lines (line numbers from 1). */
	static Parsed parse(byte[] content) {
		List<Holiday> holidays = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		Map<LocalDate, Integer> lineOfDate = new HashMap<>();
		String[] lines = decode(content).split("\r\n|\r|\n", -1);
		boolean first = true;
		for (int i = 0; i < lines.length; i++) {
			int lineNumber = i + 1;
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] cells = line.split(",", -1);
			String dateText = unquote(cells[0]);
			if (first && (dateText.isEmpty() || !Character.isDigit(dateText.charAt(0)))) {
				first = false;
				continue; // the header line
			}
			first = false;
			String name = cells.length < 2 ? "" : unquote(cells[1]);
			Matcher matcher = DATE.matcher(dateText);
			LocalDate date = matcher.matches() ? dateOf(matcher) : null;
			String problem = null;
			if (!matcher.matches()) {
				problem = Wording.of("masterdata.csv.date-unreadable", dateText);
			}
			else if (date == null) {
				problem = Wording.of("masterdata.csv.date-invalid", dateText);
			}
			else if (name.isEmpty()) {
				problem = Wording.of("masterdata.csv.name-missing");
			}
			else if (name.codePointCount(0, name.length()) > 50 || name.chars().anyMatch(Character::isISOControl)) {
				problem = Wording.of("masterdata.csv.name-invalid", name);
			}
			else if (lineOfDate.containsKey(date)) {
				problem = Wording.of("masterdata.csv.date-repeated", dateText, lineOfDate.get(date));
			}
			if (problem != null) {
				problems.add(new FieldProblem(FIELD, Wording.of("masterdata.csv.line", lineNumber, problem)));
				continue;
			}
			lineOfDate.put(date, lineNumber);
			holidays.add(new Holiday(date, name, HolidayKind.NATIONAL_HOLIDAY));
		}
		if (problems.isEmpty() && holidays.isEmpty()) {
			problems.add(new FieldProblem(FIELD,
					Wording.of("masterdata.csv.empty")));
		}
		return new Parsed(holidays, shorten(problems));
	}

	/** UTF-8 when the bytes carry its BOM or are valid UTF-8 (which Shift_JIS Japanese text never is). */
	static String decode(byte[] content) {
		if (content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
				&& (content[2] & 0xff) == 0xbf) {
			return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException e) {
			return new String(content, SHIFT_JIS);
		}
	}

	private static LocalDate dateOf(Matcher matcher) {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
			return date.getYear() < 1900 || date.getYear() > 2999 ? null : date;
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	private static String unquote(String cell) {
		String text = cell.strip();
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
			text = text.substring(1, text.length() - 1).replace("\"\"", "\"").strip();
		}
		return text;
	}

	private static List<FieldProblem> shorten(List<FieldProblem> problems) {
		if (problems.size() <= MAX_REPORTED) {
			return problems;
		}
		List<FieldProblem> shown = new ArrayList<>(problems.subList(0, MAX_REPORTED));
		shown.add(new FieldProblem(FIELD, Wording.of("masterdata.csv.more", problems.size() - MAX_REPORTED)));
		return shown;
	}

	record Parsed(List<Holiday> holidays, List<FieldProblem> problems) {
	}
}
