package jp.kyoyu.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/** The home page lists the user's own events of today (Japan time), not tomorrow's and not other people's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScheduleOnHomePageIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void todaysOwnEventsShowOnTheHomePage() {
		ScheduleTestClient http = new ScheduleTestClient(new BrowserlessClient(port));
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
		String todays = "立会 " + UUID.randomUUID();
		String tomorrows = "検査 " + UUID.randomUUID();
		String someoneElses = "会議 " + UUID.randomUUID();
		assertThat(http.api("POST", "/api/v1/events", "genba", ScheduleIntegrationTests.event(todays,
				today + "T13:00:00+09:00", today + "T14:30:00+09:00", List.of())).statusCode()).isEqualTo(201);
		assertThat(http.api("POST", "/api/v1/events", "genba", ScheduleIntegrationTests.event(tomorrows,
				today.plusDays(1) + "T13:00:00+09:00", today.plusDays(1) + "T14:00:00+09:00", List.of())).statusCode())
			.isEqualTo(201);
		assertThat(http.api("POST", "/api/v1/events", "kantoku", ScheduleIntegrationTests.event(someoneElses,
				today + "T09:00:00+09:00", today + "T10:00:00+09:00", List.of())).statusCode()).isEqualTo(201);

		BrowserlessClient genba = new BrowserlessClient(port);
		genba.login("genba", ScheduleTestClient.PASSWORD);
		HttpResponse<String> home = genba.get("/");
		assertThat(home.body()).contains("今日の予定").contains(todays).contains("13:00–14:30")
			.doesNotContain(tomorrows).doesNotContain(someoneElses);
	}
}
