package jp.kyoyu.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;

/**
 * Issue #22: an absence registered under 不在・代理者 shows in the supervisor's schedule overview, in the absent
 * person's row on each day of it, and nowhere else; the demo's absence of kantoku is one of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScheduleOverviewAbsenceIntegrationTests {

	@LocalServerPort
	int port;

	@AfterEach
	void genbaIsBack() throws Exception {
		api().send("PUT", "/api/v1/me/absences", "genba", List.of());
	}

	@Test
	void anAbsenceShowsOnItsDaysInTheAbsentPersonsRow() throws Exception {
		// Monday and Tuesday of the week 2027-02-07 (Sunday) .. 2027-02-13
		assertThat(api().send("PUT", "/api/v1/me/absences", "genba",
				List.of(Map.of("from", "2027-02-08", "to", "2027-02-09", "deputyUserId", "sokatsu"))).statusCode())
			.isBetween(200, 204);
		String page = sokatsu().get("/schedule/overview?view=week&date=2027-02-10").body();

		String genbaRow = row(page, "genba");
		assertThat(genbaRow.split("class=\"absent\"", -1)).as("two days absent").hasSize(3);
		assertThat(genbaRow).contains(">不在<");
		assertThat(row(page, "shunin")).doesNotContain("class=\"absent\"");
		assertThat(sokatsu().get("/schedule/overview?view=week&date=2027-02-17").body())
			.as("the week after").doesNotContain("class=\"absent\"");
	}

	@Test
	void theDemosAbsenceOfKantokuIsInThisWeeksOverview() {
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(1);
		String page = sokatsu().get("/schedule/overview?view=week&date=" + tomorrow).body();
		assertThat(row(page, "kantoku")).contains("class=\"absent\"");
	}

	/** The HTML of one person's row. */
	private static String row(String page, String userId) {
		int start = page.indexOf("data-user=\"" + userId + "\"");
		assertThat(start).as(userId + "'s row").isPositive();
		int end = page.indexOf("</tr>", start);
		return page.substring(start, end);
	}

	private BrowserlessClient sokatsu() {
		BrowserlessClient client = new BrowserlessClient(port);
		client.login("sokatsu", "Kyoyu#Demo2026");
		return client;
	}

	private JsonApi api() {
		return new JsonApi(port) {
		};
	}
}
