package jp.kyoyu.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.audit.AuditLog;
import jp.kyoyu.audit.AuditQuery;
import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.AccountManagement;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.PermissionManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserDetailsInput;
import jp.kyoyu.support.BrowserlessClient;

/**
 * iCalendar over real HTTP: the import API (preview, import, re-import, cancellations, broken files), the
 * import pages with their preview and confirmation, and the subscription feed without a session. Each test
 * imports into a user of its own, so the counts are exact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScheduleImportIntegrationTests {

	static final String PASSWORD = "Kinoshita-no-mori-26";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PermissionManagement permissions;

	@Autowired
	AuditLog audit;

	BrowserlessClient browser;

	ScheduleTestClient http;

	String user;

	@BeforeEach
	void freshUser() {
		browser = new BrowserlessClient(port);
		// A client of its own: the browser logs in, and a logged-in session's POSTs need the CSRF token.
		http = new ScheduleTestClient(new BrowserlessClient(port));
		user = "ical" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new UserDetailsInput(user, "取込 試験", user + "@test.kyoyu.example", PASSWORD, Side.AGENCY, null,
				null, null), false);
	}

	@Test
	void aPreviewWritesNothingAndAReImportUpdatesInsteadOfDuplicating() {
		HttpResponse<String> preview = upload("/api/v1/events/import?dryRun=true", "outlook.ics",
				IcalImportTests.fixture("outlook.ics"));
		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		JsonNode planned = http.read(preview);
		assertThat(counts(planned)).containsExactly(4, 0, 0, 0);
		assertThat(planned.get("errors")).isEmpty();
		assertThat(december()).isEmpty();

		JsonNode done = http.read(upload("/api/v1/events/import?dryRun=false", "outlook.ics",
				IcalImportTests.fixture("outlook.ics")));
		assertThat(counts(done)).containsExactly(4, 0, 0, 0);
		assertThat(audit.search(new AuditQuery(null, "schedule.imported", "user:" + user, null, null, null), 0, 5)
			.getContent()).singleElement()
			.satisfies(entry -> assertThat(entry.detail()).contains("outlook.ics", "追加4件"));
		JsonNode events = december();
		// A recurring event appears once per occurrence: 7 and 28 December, the moved 21st, not the excluded 14th.
		assertThat(starts(events, "OL週次打合せ")).containsExactly("2026-12-07T09:00:00+09:00", "2026-12-28T09:00:00+09:00");
		assertThat(starts(events, "OL週次打合せ（時間変更）")).containsExactly("2026-12-21T11:00:00+09:00");
		assertThat(starts(events, "OL現地確認（第3工区）")).containsExactly("2026-12-01T10:00:00+09:00");
		assertThat(starts(events, "OL出張（東北農政局）")).containsExactly("2026-12-03T00:00:00+09:00");

		JsonNode again = http.read(upload("/api/v1/events/import", "outlook.ics", IcalImportTests.fixture("outlook.ics")));
		assertThat(counts(again)).containsExactly(0, 0, 0, 4);
		assertThat(again.get("lines").get(0).get("reason").asText()).contains("変更がありません");
		assertThat(december()).hasSize(events.size());

		byte[] changed = new String(IcalImportTests.fixture("outlook.ics"), StandardCharsets.UTF_8)
			.replace("OL現地確認（第3工区）", "OL現地確認（第3工区・雨天順延）")
			.getBytes(StandardCharsets.UTF_8);
		JsonNode updated = http.read(upload("/api/v1/events/import", "outlook.ics", changed));
		assertThat(counts(updated)).containsExactly(0, 1, 0, 3);
		assertThat(starts(december(), "OL現地確認（第3工区・雨天順延）")).containsExactly("2026-12-01T10:00:00+09:00");
		assertThat(starts(december(), "OL現地確認（第3工区）")).isEmpty();
	}

	@Test
	void cancelledEventsAreSkippedAndRemoveWhatAnEarlierImportStored() {
		String confirmed = new String(IcalImportTests.fixture("google.ics"), StandardCharsets.UTF_8)
			.replace("STATUS:CANCELLED\r\nSUMMARY:GC中止", "STATUS:CONFIRMED\r\nSUMMARY:GC中止");
		JsonNode first = http.read(upload("/api/v1/events/import", "google.ics", confirmed.getBytes(StandardCharsets.UTF_8)));
		// 4 events added; the cancelled occurrence of the series is skipped (it became an exclusion).
		assertThat(counts(first)).containsExactly(4, 0, 0, 1);
		assertThat(starts(december(), "GC中止になった打合せ")).containsExactly("2026-12-08T09:00:00+09:00");
		assertThat(starts(december(), "GC朝礼")).containsExactly("2026-12-01T08:30:00+09:00", "2026-12-02T08:30:00+09:00",
				"2026-12-04T08:30:00+09:00");

		JsonNode second = http.read(upload("/api/v1/events/import", "google.ics", IcalImportTests.fixture("google.ics")));
		assertThat(counts(second)).containsExactly(0, 0, 1, 4);
		assertThat(StreamSupport.stream(second.get("lines").spliterator(), false)
			.filter(line -> line.get("action").asText().equals("REMOVE"))
			.map(line -> line.get("title").asText())).containsExactly("GC中止になった打合せ");
		assertThat(starts(december(), "GC中止になった打合せ")).isEmpty();
	}

	@Test
	void aBrokenFileIsRefusedInJapaneseAndChangesNothing() {
		upload("/api/v1/events/import", "thunderbird.ics", IcalImportTests.fixture("thunderbird.ics"));
		int before = december().size();
		for (String broken : List.of("truncated.ics", "bad-date.ics", "not-ical.ics")) {
			HttpResponse<String> refused = upload("/api/v1/events/import", broken, IcalImportTests.fixture(broken));
			assertThat(refused.statusCode()).as(broken).isEqualTo(400);
			JsonNode body = http.read(refused);
			assertThat(refused.headers().firstValue("Content-Type")).as("refused like any wrong input: a problem")
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("file");
			assertThat(body.get("errors").get(0).get("message").asText()).as(broken).containsAnyOf("読み取れません", "ではありません");
		}
		assertThat(december()).hasSize(before);
		HttpResponse<String> noFile = http.upload("/api/v1/events/import", user, PASSWORD, null, null);
		assertThat(noFile.statusCode()).isEqualTo(400);
		assertThat(noFile.body()).contains("file");
		HttpResponse<String> json = http.api("POST", "/api/v1/events/import", user, PASSWORD, "{}");
		assertThat(json.statusCode()).isEqualTo(415);
		byte[] huge = new byte[11 * 1024 * 1024];
		java.util.Arrays.fill(huge, (byte) 'A');
		HttpResponse<String> tooBig = upload("/api/v1/events/import", "huge.ics", huge);
		assertThat(tooBig.statusCode()).isEqualTo(413);
		assertThat(http.read(tooBig).get("errors").get(0).get("message").asText()).contains("1ファイル10MBまで");
		browser.login(user, PASSWORD);
		HttpResponse<String> tooBigPage = uploadPage("/schedule/import", Map.of(), "huge.ics", huge);
		assertThat(tooBigPage.statusCode()).isEqualTo(200);
		assertThat(tooBigPage.body()).contains("iCalendar ファイルが大きすぎます。1ファイル10MBまで", "aria-invalid=\"true\"");
	}

	@Test
	void theImportPageShowsAPreviewAndImportsTheSameFileOnConfirmation() {
		browser.login(user, PASSWORD);
		HttpResponse<String> preview = uploadPage("/schedule/import", Map.of(), "garoon-sjis.ics",
				IcalImportTests.fixture("garoon-sjis.ics"));
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("GR立会（床掘り完了確認）", "追加 1件", "取り込む");
		assertThat(december()).isEmpty();
		String uploadId = preview.body().replaceAll("(?s).*name=\"uploadId\" value=\"([^\"]+)\".*", "$1");

		HttpResponse<String> done = browser.submit("/schedule/import", "/schedule/import/confirm", "uploadId=" + uploadId);
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("取り込みました", "追加 1件");
		assertThat(starts(december(), "GR立会（床掘り完了確認）")).containsExactly("2026-12-09T13:00:00+09:00");
		assertThat(browser.submit("/schedule/import", "/schedule/import/confirm", "uploadId=" + uploadId).body())
			.as("a second click imports nothing twice").contains("もう一度ファイルを選んでください");

		HttpResponse<String> broken = uploadPage("/schedule/import", Map.of(), "truncated.ics",
				IcalImportTests.fixture("truncated.ics"));
		assertThat(broken.statusCode()).isEqualTo(200);
		assertThat(broken.body()).contains("途中で切れている", "aria-invalid=\"true\"");
	}

	@Test
	void theFeedServesOnlyTheOwnersEventsWithoutLoginAndRenewingRevokesTheOldUrl() throws Exception {
		upload("/api/v1/events/import", "outlook.ics", IcalImportTests.fixture("outlook.ics"));
		String mine = ScheduleIntegrationTests.unique("自分の予定");
		http.api("POST", "/api/v1/events", user, PASSWORD,
				ScheduleIntegrationTests.event(mine, "2026-12-11T13:30", "2026-12-11T15:00", List.of()));
		String others = ScheduleIntegrationTests.unique("他人の予定");
		http.api("POST", "/api/v1/events", "kantoku", ScheduleIntegrationTests.event(others, "2026-12-11T13:30", null, List.of()));

		String url = http.read(http.api("GET", "/api/v1/me/calendar-feed", user, PASSWORD, null)).get("url").asText();
		assertThat(url).startsWith("http://localhost:" + port + "/calendar/feed/").endsWith(".ics");
		assertThat(http.read(http.api("GET", "/api/v1/me/calendar-feed", user, PASSWORD, null)).get("url").asText())
			.as("stable until renewed").isEqualTo(url);
		HttpResponse<String> feed = anonymous(url);
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
		assertThat(feed.body()).contains(mine, "OL週次打合せ", "TZID:Asia/Tokyo", "DTSTART;TZID=Asia/Tokyo:20261211T133000")
			.doesNotContain(others);

		// Read back by the same library: every event comes back with its times.
		IcalReader.ParsedFile back = IcalReader.read(feed.body().getBytes(StandardCharsets.UTF_8));
		assertThat(back.errors()).isEmpty();
		assertThat(back.items()).extracting(item -> item.event().data().title())
			.contains(mine, "OL現地確認（第3工区）", "OL出張（東北農政局）", "OL週次打合せ", "OL週次打合せ（時間変更）");
		// Importing one's own feed changes nothing: Kyoyu events are not overwritten, imported ones are unchanged.
		JsonNode reimport = http.read(upload("/api/v1/events/import", "kyoyu.ics", feed.body().getBytes(StandardCharsets.UTF_8)));
		assertThat(counts(reimport)).containsExactly(0, 0, 0, back.items().size());

		String renewed = http.read(http.api("POST", "/api/v1/me/calendar-feed/renew", user, PASSWORD, null)).get("url").asText();
		assertThat(renewed).isNotEqualTo(url);
		assertThat(anonymous(url).statusCode()).isEqualTo(404);
		assertThat(anonymous(renewed).body()).contains(mine);
		assertThat(anonymous(url.replace(".ics", "x.ics")).statusCode()).isEqualTo(404);
	}

	@Test
	void theSchedulePermissionDecidesWhoMayLookAndWhoMayWrite() {
		String title = ScheduleIntegrationTests.unique("権限の確認");
		assertThat(http.api("POST", "/api/v1/events", user, PASSWORD,
				ScheduleIntegrationTests.event(title, "2026-12-18T10:00", null, List.of())).statusCode()).isEqualTo(201);
		String url = http.read(http.api("GET", "/api/v1/me/calendar-feed", user, PASSWORD, null)).get("url").asText();

		permissions.setPermissions(user, Map.of(Feature.SCHEDULE, AccessLevel.READ), "admin");
		assertThat(starts(december(), title)).hasSize(1);
		HttpResponse<String> refused = http.api("POST", "/api/v1/events", user, PASSWORD,
				ScheduleIntegrationTests.event(title, "2026-12-18T11:00", null, List.of()));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("閲覧のみ");
		assertThat(upload("/api/v1/events/import", "outlook.ics", IcalImportTests.fixture("outlook.ics")).statusCode())
			.isEqualTo(403);
		browser.login(user, PASSWORD);
		assertThat(browser.get("/schedule?view=month&date=2026-12-18").body()).contains(title).doesNotContain("予定を登録");
		assertThat(browser.get("/schedule/events/new").statusCode()).isEqualTo(403);
		assertThat(anonymous(url).body()).contains(title);

		permissions.setPermissions(user, Map.of(Feature.SCHEDULE, AccessLevel.NONE), "admin");
		assertThat(http.api("GET", "/api/v1/events", user, PASSWORD, null).statusCode()).isEqualTo(403);
		assertThat(anonymous(url).statusCode()).as("the feed stops with the permission").isEqualTo(404);
	}

	private HttpResponse<String> anonymous(String url) {
		return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build());
	}

	private HttpResponse<String> upload(String path, String fileName, byte[] content) {
		return http.upload(path, user, PASSWORD, fileName, content);
	}

	/** A multipart form post from the logged-in browser session, with the page's CSRF token. */
	private HttpResponse<String> uploadPage(String path, Map<String, String> fields, String fileName, byte[] content) {
		String token = BrowserlessClient.csrfToken(browser.get(path).body());
		String boundary = "----kyoyu" + UUID.randomUUID();
		Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		all.put("_csrf", token);
		return browser.send(HttpRequest.newBuilder(URI.create(browser.url(path)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(ScheduleTestClient.multipart(boundary, all, fileName, content)))
			.build());
	}

	private JsonNode december() {
		return http.read(http.api("GET", "/api/v1/events?from=2026-12-01&to=2026-12-31&userId=" + user, user, PASSWORD, null));
	}

	private static List<Integer> counts(JsonNode report) {
		return List.of(report.get("added").asInt(), report.get("updated").asInt(), report.get("removed").asInt(),
				report.get("skipped").asInt());
	}

	private static List<String> starts(JsonNode events, String title) {
		return StreamSupport.stream(events.spliterator(), false)
			.filter(event -> title.equals(event.path("title").asText()))
			.map(event -> event.get("start").asText())
			.toList();
	}
}
