package jp.kyoyu.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one way Kyoyu shows a date or a time to a person (issue #22): 西暦 with slashes by default, or 和暦 for a user
 * who chose it on the account page. Machine formats (ISO in JSON, CSV, XML, file names, {@code <input type=date>})
 * do not go through here: they are read by programs, and a program must not depend on who is signed in.
 * An instant is shown as the time in Japan, where the works are, whatever the server's zone.
 */
public enum DateStyle {

	/** 2026/12/07, 2026/12/07 14:05. */
	SEIREKI,

	/** 令和8年12月7日, 令和8年12月7日 14:05; the first year of an era is 元年. */
	WAREKI;

	public static final DateStyle DEFAULT = SEIREKI;

	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private static final DateTimeFormatter SLASHES = DateTimeFormatter.ofPattern("uuuu/MM/dd");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/** The stored name, or the default for a missing or unknown one (an old row, a hand-edited value). */
	public static DateStyle named(String name) {
		for (DateStyle style : values()) {
			if (style.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
				return style;
			}
		}
		return DEFAULT;
	}

	public String date(LocalDate date) {
		if (date == null) {
			return "";
		}
		return this == SEIREKI ? SLASHES.format(date) : wareki(date);
	}

	public String dateTime(LocalDateTime at) {
		if (at == null) {
			return "";
		}
		return date(at.toLocalDate()) + " " + TIME.format(at);
	}

	public String dateTime(Instant at) {
		return at == null ? "" : dateTime(LocalDateTime.ofInstant(at, JAPAN));
	}

	/** The date part of any of the date or time values the pages hold; instants as the day in Japan. */
	public String date(Object value) {
		LocalDate day = dayOf(value);
		return day == null ? "" : date(day);
	}

	/** Date and minute of any of the time values the pages hold; a plain date is shown as a date. */
	public String dateTime(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate day) {
			return date(day);
		}
		return dateTime(inJapan(value));
	}

	/**
	 * The date with its day of the week, where a schedule needs it: 2026/12/01（火） or 令和8年12月1日（火）; the
	 * weekday in the reader's language (" (Tue)" in English).
	 */
	public String dateWithWeekday(Object value, Locale locale) {
		LocalDate day = dayOf(value);
		return day == null ? "" : date(day) + weekday(day, locale);
	}

	/** As {@link #dateWithWeekday}, with the minute: 2026/12/01（火） 10:00. */
	public String dateTimeWithWeekday(Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate day) {
			return dateWithWeekday(day, locale);
		}
		LocalDateTime at = inJapan(value);
		return dateWithWeekday(at.toLocalDate(), locale) + " " + TIME.format(at);
	}

	private static String weekday(LocalDate day, Locale locale) {
		Locale reader = locale == null ? Locale.JAPANESE : locale;
		String name = day.getDayOfWeek().getDisplayName(TextStyle.SHORT, reader);
		return "ja".equals(reader.getLanguage()) ? "（" + name + "）" : " (" + name + ")";
	}

	private static LocalDate dayOf(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof LocalDate day) {
			return day;
		}
		return inJapan(value).toLocalDate();
	}

	private static LocalDateTime inJapan(Object value) {
		if (value instanceof LocalDateTime local) {
			return local;
		}
		if (value instanceof Instant instant) {
			return LocalDateTime.ofInstant(instant, JAPAN);
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(JAPAN).toLocalDateTime();
		}
		if (value instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(JAPAN).toLocalDateTime();
		}
		if (value instanceof java.util.Date legacy) {
			return LocalDateTime.ofInstant(legacy.toInstant(), JAPAN);
		}
		if (value instanceof TemporalAccessor other) {
			return LocalDateTime.from(other);
		}
		throw new IllegalArgumentException("Not a date or time: " + value.getClass().getName());
	}

	/**
	 * Written out rather than with a "GGGGy年" pattern: such a pattern prints 1 for the first year of an era, where
	 * documents write 元年 (令和元年5月1日). Dates before Meiji 6 have no Japanese-calendar counterpart in java.time
	 * and are shown with slashes.
	 */
	private static String wareki(LocalDate date) {
		if (date.isBefore(LocalDate.of(1873, 1, 1))) {
			return SLASHES.format(date);
		}
		JapaneseDate japanese = JapaneseDate.from(date);
		JapaneseEra era = japanese.getEra();
		int year = japanese.get(ChronoField.YEAR_OF_ERA);
		return era.getDisplayName(TextStyle.FULL, Locale.JAPAN) + (year == 1 ? "元" : Integer.toString(year)) + "年"
				+ date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}
}
