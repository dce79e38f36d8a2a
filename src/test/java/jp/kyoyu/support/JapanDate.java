package jp.kyoyu.support;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today in Japan, the server's today (shared.Clocks): the tests must send and expect the dates the server uses, and
 * the machine running them may be in UTC, where 15:00-24:00 is already the next day in Japan.
 */
public final class JapanDate {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private JapanDate() {
	}

	public static LocalDate today() {
		return LocalDate.now(JAPAN);
	}
}
