package jp.kyoyu.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.identity.AccountManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserDetailsInput;
import jp.kyoyu.support.BrowserlessClient;

/**
 * The month overview after its queries were cut to the month (issue #21: single events found by their end, the
 * series and their changed occurrences in one query each, everyone's absences in one): it still shows each
 * occurrence on its day — a weekly series begun a year before with one date excluded and one moved, a monthly
 * all-day series, an all-day trip and a night's work across the month's edges — and nothing of the months around.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScheduleOverviewMonthIntegrationTests {

	private static final String PASSWORD = "Tsuki-no-ichiran-26";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Test
	void theMonthShowsEveryOccurrenceOnItsDayAndNothingOfTheMonthsAround() {
		String user = "month" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new UserDetailsInput(user, "月表示 試験", user + "@test.kyoyu.example", PASSWORD, Side.AGENCY,
				null, null, null), false);
		ScheduleTestClient http = new ScheduleTestClient(new BrowserlessClient(port));
		assertThat(http.upload("/api/v1/events/import", user, PASSWORD, "month.ics",
				calendar(user).getBytes(StandardCharsets.UTF_8)).statusCode()).isBetween(200, 201);
		assertThat(http.api("PUT", "/api/v1/me/absences", user, PASSWORD,
				List.of(Map.of("from", "2027-01-30", "to", "2027-02-02", "deputyUserId", "sokatsu"))).statusCode())
			.isBetween(200, 204);

		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login(user, PASSWORD);
		List<String> february = cells(browser.get("/schedule/overview?view=month&date=2027-02-10").body(), user);
		assertThat(february).hasSize(28);
		assertThat(daysWith(february, "週例会議")).as("Mondays, less the 15th (excluded) and the 8th (moved)")
			.containsExactly(1, 22);
		assertThat(daysWith(february, "振替会議")).containsExactly(9);
		assertThat(daysWith(february, "月次点検")).containsExactly(15);
		assertThat(daysWith(february, "月またぎ出張")).containsExactly(1, 2);
		assertThat(daysWith(february, "夜間作業")).containsExactly(28);
		assertThat(daysWith(february, "class=\"absent\"")).containsExactly(1, 2);
		assertThat(String.join("", february)).doesNotContain("一月の打合せ", "三月の打合せ");

		List<String> march = cells(browser.get("/schedule/overview?view=month&date=2027-03-31").body(), user);
		assertThat(daysWith(march, "夜間作業")).containsExactly(1);
		assertThat(daysWith(march, "三月の打合せ")).containsExactly(5);
		assertThat(daysWith(march, "月次点検")).containsExactly(15);
		assertThat(daysWith(march, "週例会議")).containsExactly(1, 8, 15, 22, 29);
		assertThat(daysWith(march, "class=\"absent\"")).isEmpty();
	}

	/** The days (1 = the month's first) whose cell in the row contains the text. */
	private static List<Integer> daysWith(List<String> cells, String text) {
		return IntStream.range(0, cells.size()).filter(i -> cells.get(i).contains(text)).map(i -> i + 1).boxed().toList();
	}

	/** The day cells of one person's row, in order. */
	private static List<String> cells(String page, String userId) {
		int start = page.indexOf("data-user=\"" + userId + "\"");
		assertThat(start).as(userId + "'s row").isPositive();
		String row = page.substring(start, page.indexOf("</tr>", start));
		String[] parts = row.split("<td", -1);
		return List.of(parts).subList(1, parts.length);
	}

	private static String calendar(String user) {
		String tokyo = "TZID=Asia/Tokyo";
		return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kyoyu test//EN", "BEGIN:VTIMEZONE",
				"TZID:Asia/Tokyo", "BEGIN:STANDARD", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "TZNAME:JST",
				"DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE",
				event("weekly-" + user, "週例会議", "DTSTART;" + tokyo + ":20260105T100000",
						"DTEND;" + tokyo + ":20260105T110000", "RRULE:FREQ=WEEKLY;BYDAY=MO",
						"EXDATE;" + tokyo + ":20270215T100000"),
				event("weekly-" + user, "振替会議", "RECURRENCE-ID;" + tokyo + ":20270208T100000",
						"DTSTART;" + tokyo + ":20270209T140000", "DTEND;" + tokyo + ":20270209T150000"),
				event("inspection-" + user, "月次点検", "DTSTART;VALUE=DATE:20270115", "DTEND;VALUE=DATE:20270116",
						"RRULE:FREQ=MONTHLY;COUNT=3"),
				event("trip-" + user, "月またぎ出張", "DTSTART;VALUE=DATE:20270131", "DTEND;VALUE=DATE:20270203"),
				event("night-" + user, "夜間作業", "DTSTART;" + tokyo + ":20270228T230000",
						"DTEND;" + tokyo + ":20270301T010000"),
				event("january-" + user, "一月の打合せ", "DTSTART;" + tokyo + ":20270120T100000",
						"DTEND;" + tokyo + ":20270120T110000"),
				event("march-" + user, "三月の打合せ", "DTSTART;" + tokyo + ":20270305T100000",
						"DTEND;" + tokyo + ":20270305T110000"),
				"END:VCALENDAR", "");
	}

	private static String event(String uid, String summary, String... lines) {
		return String.join("\r\n", "BEGIN:VEVENT", "UID:" + uid + "@test.kyoyu.example", "DTSTAMP:20261201T000000Z",
				String.join("\r\n", lines), "SUMMARY:" + summary, "END:VEVENT");
	}
}
