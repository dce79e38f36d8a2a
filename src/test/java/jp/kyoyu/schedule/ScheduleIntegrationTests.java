package jp.kyoyu.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import jp.kyoyu.audit.AuditRecord;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectSummary;
import jp.kyoyu.support.BrowserlessClient;

/**
 * Events over real HTTP: the JSON API (own events, one event across projects, who sees what) and the pages
 * (my calendar, form, detail, deletion, the supervisor overview).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScheduleIntegrationTests {

	static final String WORKS = "中部地区 用排水路改修工事（その1）";

	static final String SERVICE = "中部地区 農地整備事業 測量設計業務委託";

	@LocalServerPort
	int port;

	@Autowired
	ProjectManagement projects;

	@Autowired
	AuditLog audit;

	@Autowired
	ScheduleManagement schedule;

	BrowserlessClient browser;

	ScheduleTestClient http;

	@BeforeEach
	void clients() {
		browser = new BrowserlessClient(port);
		http = new ScheduleTestClient(browser);
	}

	@Test
	void everyoneRegistersChangesAndDeletesTheirOwnEvents() {
		String title = unique("歯科検診");
		HttpResponse<String> created = http.api("POST", "/api/v1/events", "genba",
				event(title, "2026-12-02T10:00:00+09:00", "2026-12-02T11:00:00+09:00", List.of()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = http.read(created).get("ids").get(0).asLong();
		assertThat(http.read(created).get("ids")).hasSize(1);

		JsonNode listed = find(list("genba", "from=2026-12-01&to=2026-12-07"), id);
		assertThat(listed.get("title").asText()).isEqualTo(title);
		assertThat(listed.get("start").asText()).isEqualTo("2026-12-02T10:00:00+09:00");
		assertThat(listed.get("end").asText()).isEqualTo("2026-12-02T11:00:00+09:00");
		assertThat(listed.get("userId").asText()).isEqualTo("genba");
		assertThat(listed.get("projectId").isNull()).isTrue();
		assertThat(listed.get("busyOnly").asBoolean()).isFalse();
		assertThat(listed.get("allDay").asBoolean()).isFalse();

		Map<String, Object> changed = event(title + " 変更", "2026-12-03", "2026-12-04", List.of());
		changed.put("allDay", true);
		changed.put("place", "中部歯科");
		HttpResponse<String> updated = http.api("PUT", "/api/v1/events/" + id, "genba", changed);
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		JsonNode read = http.read(http.api("GET", "/api/v1/events/" + id, "genba", null));
		assertThat(read.get("title").asText()).isEqualTo(title + " 変更");
		assertThat(read.get("allDay").asBoolean()).isTrue();
		assertThat(read.get("start").asText()).isEqualTo("2026-12-03T00:00:00+09:00");
		assertThat(read.get("end").asText()).as("the end of the last day").isEqualTo("2026-12-05T00:00:00+09:00");
		assertThat(read.get("place").asText()).isEqualTo("中部歯科");
		assertThat(find(list("genba", "from=2026-12-04&to=2026-12-04"), id)).as("a two-day event on its 2nd day").isNotNull();

		// Sending back what GET answered keeps the event as it is (the exclusive end is understood).
		Map<String, Object> echoed = event(title + " 変更", read.get("start").asText(), read.get("end").asText(), List.of());
		echoed.put("allDay", true);
		assertThat(http.api("PUT", "/api/v1/events/" + id, "genba", echoed).statusCode()).isEqualTo(200);
		assertThat(http.read(http.api("GET", "/api/v1/events/" + id, "genba", null)).get("end").asText())
			.isEqualTo("2026-12-05T00:00:00+09:00");

		assertThat(http.api("DELETE", "/api/v1/events/" + id, "genba", null).statusCode()).isEqualTo(204);
		assertThat(http.api("GET", "/api/v1/events/" + id, "genba", null).statusCode()).isEqualTo(404);
		assertThat(auditActions(id)).contains("schedule.event-created", "schedule.event-updated", "schedule.event-deleted");
	}

	@Test
	void invalidInputIsRefusedFieldByFieldInJapanese() {
		assertError(http.api("POST", "/api/v1/events", "kantoku", event("", "2026-12-02T10:00", null, List.of())),
				"title", "件名を入力してください");
		assertError(http.api("POST", "/api/v1/events", "kantoku",
				event(unique("逆順"), "2026-12-02T10:00", "2026-12-02T09:00", List.of())), "end", "開始日時より後");
		assertError(http.api("POST", "/api/v1/events", "kantoku", event(unique("日付のみ"), "2026-12-02", null, List.of())),
				"start", "終日");
		assertError(http.api("POST", "/api/v1/events", "kantoku",
				event(unique("存在しない日"), "2026-02-30T10:00", null, List.of())), "start", "2026-12-01T10:00");
		assertError(http.api("POST", "/api/v1/events", "genba",
				event(unique("他の工事"), "2026-12-02T10:00", null, List.of(projectId(SERVICE)))), "projectIds", "参加していない");
		assertError(http.api("POST", "/api/v1/events", "kantoku", "{\"title\": \"x\", \"allDay\": \"たぶん\"}"),
				"allDay", "形式");
		assertThat(http.api("POST", "/api/v1/events", "kantoku", "[1, 2]").statusCode()).isEqualTo(400);
		assertError(http.api("GET", "/api/v1/events?from=12月1日", "kantoku", null), "from", "2026-12-01");
		assertError(http.api("GET", "/api/v1/events?from=2026-01-01&to=2027-12-31", "kantoku", null), "to", "1年以内");
		assertThat(http.api("GET", "/api/v1/events?projectId=abc", "kantoku", null).statusCode()).isEqualTo(400);
		assertThat(http.api("GET", "/api/v1/events?projectId=" + projectId(SERVICE), "genba", null).statusCode())
			.as("a project the caller is not in").isEqualTo(404);
	}

	@Test
	void aSupervisorRegistersChangesAndDeletesOneEventInSeveralProjectsAtOnce() {
		long works = projectId(WORKS);
		long service = projectId(SERVICE);
		String title = unique("現地巡回");
		HttpResponse<String> created = http.api("POST", "/api/v1/events", "kantoku",
				event(title, "2026-12-10T09:00:00+09:00", "2026-12-10T16:00:00+09:00", List.of(works, service)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		List<Long> ids = ids(created);
		assertThat(ids).hasSize(2);
		assertThat(http.read(http.api("GET", "/api/v1/events/" + ids.get(0), "kantoku", null)).get("seriesProjectIds"))
			.extracting(JsonNode::asLong)
			.containsExactlyInAnyOrder(works, service);

		// Everywhere: both copies change.
		HttpResponse<String> changed = http.api("PUT", "/api/v1/events/" + ids.get(1) + "?everywhere=true", "kantoku",
				event(title + "（時間変更）", "2026-12-10T10:00:00+09:00", "2026-12-10T15:00:00+09:00", null));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(ids(changed)).containsExactlyInAnyOrderElementsOf(ids);
		List<JsonNode> copies = titled(list("kantoku", "from=2026-12-10&to=2026-12-10"), title + "（時間変更）");
		assertThat(copies).extracting(copy -> copy.get("projectId").asLong()).containsExactlyInAnyOrder(works, service);
		assertThat(copies).allSatisfy(copy -> assertThat(copy.get("start").asText()).isEqualTo("2026-12-10T10:00:00+09:00"));

		// One copy only: the other keeps its title.
		assertThat(http.api("PUT", "/api/v1/events/" + ids.get(0), "kantoku",
				event(title + "（工事側のみ）", "2026-12-10T10:00:00+09:00", "2026-12-10T15:00:00+09:00", null)).statusCode())
			.isEqualTo(200);
		assertThat(titled(list("kantoku", "from=2026-12-10&to=2026-12-10"), title + "（時間変更）")).hasSize(1);

		// Everywhere with a new set of projects: the service copy goes.
		HttpResponse<String> narrowed = http.api("PUT", "/api/v1/events/" + ids.get(0) + "?everywhere=true", "kantoku",
				event(title, "2026-12-10T10:00:00+09:00", "2026-12-10T15:00:00+09:00", List.of(works)));
		assertThat(ids(narrowed)).containsExactly(ids.get(0));
		assertThat(http.api("GET", "/api/v1/events/" + ids.get(1), "kantoku", null).statusCode()).isEqualTo(404);

		HttpResponse<String> widened = http.api("PUT", "/api/v1/events/" + ids.get(0) + "?everywhere=true", "kantoku",
				event(title, "2026-12-10T10:00:00+09:00", "2026-12-10T15:00:00+09:00", List.of(works, service)));
		List<Long> again = ids(widened);
		assertThat(again).hasSize(2).contains(ids.get(0));
		assertThat(http.api("DELETE", "/api/v1/events/" + again.get(1) + "?everywhere=true", "kantoku", null).statusCode())
			.isEqualTo(204);
		assertThat(titled(list("kantoku", "from=2026-12-10&to=2026-12-10"), title)).isEmpty();
		again.forEach(id -> assertThat(http.api("GET", "/api/v1/events/" + id, "kantoku", null).statusCode()).isEqualTo(404));
	}

	@Test
	void theContractorSeesTheSupervisorsEventsOfTheirProjectOnlyAndBusyTimeForTheRest() {
		long works = projectId(WORKS);
		long service = projectId(SERVICE);
		String worksTitle = unique("段階確認（工事）");
		String serviceTitle = unique("測量立会（業務）");
		String personalTitle = unique("人間ドック");
		String privateTitle = unique("非公開の打合せ");
		long worksId = ids(http.api("POST", "/api/v1/events", "kantoku",
				event(worksTitle, "2026-12-14T09:00", "2026-12-14T10:00", List.of(works)))).get(0);
		Map<String, Object> withPlace = event(serviceTitle, "2026-12-14T13:00", "2026-12-14T15:00", List.of(service));
		withPlace.put("place", "南野町 基準点No.12");
		withPlace.put("memo", "測量業者 同行");
		long serviceId = ids(http.api("POST", "/api/v1/events", "kantoku", withPlace)).get(0);
		long personalId = ids(http.api("POST", "/api/v1/events", "kantoku",
				event(personalTitle, "2026-12-15T09:00", "2026-12-15T12:00", List.of()))).get(0);
		Map<String, Object> hidden = event(privateTitle, "2026-12-15T15:00", "2026-12-15T16:00", List.of(works));
		hidden.put("private", true);
		long privateId = ids(http.api("POST", "/api/v1/events", "kantoku", hidden)).get(0);

		String tour = unique("合同巡回");
		ids(http.api("POST", "/api/v1/events", "kantoku",
				event(tour, "2026-12-15T10:30", "2026-12-15T11:00", List.of(works, service))));

		HttpResponse<String> seenByGenba = http.api("GET", "/api/v1/events?from=2026-12-14&to=2026-12-15&userId=kantoku",
				"genba", null);
		assertThat(seenByGenba.body()).contains(worksTitle)
			.doesNotContain(serviceTitle, personalTitle, privateTitle, "南野町", "測量業者");
		JsonNode all = http.read(seenByGenba);
		assertThat(find(all, worksId).get("busyOnly").asBoolean()).isFalse();
		for (long busy : List.of(serviceId, personalId, privateId)) {
			JsonNode entry = find(all, busy);
			assertThat(entry.get("busyOnly").asBoolean()).isTrue();
			assertThat(entry.has("title") || entry.has("place") || entry.has("memo") || entry.has("projectId")).isFalse();
			assertThat(entry.get("start").asText()).endsWith("+09:00");
		}
		assertThat(find(all, serviceId).get("start").asText()).isEqualTo("2026-12-14T13:00:00+09:00");
		// The tour's service copy adds no second, busy block next to the works copy genba sees in full.
		assertThat(StreamSupport.stream(all.spliterator(), false)
			.filter(entry -> entry.get("start").asText().equals("2026-12-15T10:30:00+09:00")))
			.singleElement()
			.satisfies(entry -> assertThat(entry.get("title").asText()).isEqualTo(tour));
		JsonNode single = http.read(http.api("GET", "/api/v1/events/" + serviceId, "genba", null));
		assertThat(single.get("busyOnly").asBoolean()).isTrue();
		assertThat(single.has("title")).isFalse();
		assertThat(http.api("PUT", "/api/v1/events/" + worksId, "genba", event("乗っ取り", "2026-12-14T09:00", null, null))
			.statusCode()).isEqualTo(403);
		assertThat(http.api("DELETE", "/api/v1/events/" + serviceId, "genba", null).statusCode()).isEqualTo(403);

		// The service's contractor sees it the other way round; public by default (C7.5).
		String byGyomu = http.api("GET", "/api/v1/events?from=2026-12-14&to=2026-12-15&userId=kantoku", "gyomu", null).body();
		assertThat(byGyomu).contains(serviceTitle, "南野町 基準点No.12").doesNotContain(worksTitle, privateTitle);
		// Somebody who shares no project with kantoku sees nothing at all.
		assertThat(http.read(http.api("GET", "/api/v1/events?from=2026-12-14&to=2026-12-15&userId=kantoku", "admin", null)))
			.isEmpty();
		assertThat(http.api("GET", "/api/v1/events/" + worksId, "admin", null).statusCode()).isEqualTo(404);
		// The owner sees everything.
		assertThat(list("kantoku", "from=2026-12-14&to=2026-12-15&userId=kantoku").toString())
			.contains(worksTitle, serviceTitle, personalTitle, privateTitle);

		browser.login("genba", ScheduleTestClient.PASSWORD);
		String overview = browser.get("/schedule/overview?view=week&date=2026-12-14").body();
		assertThat(overview).contains(worksTitle, "予定あり", "高橋 監子")
			.doesNotContain(serviceTitle, personalTitle, privateTitle, "南野町");
		HttpResponse<String> detail = browser.get("/schedule/events/" + serviceId);
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("予定あり").doesNotContain(serviceTitle, "南野町", "測量業者");
		assertThat(browser.get("/schedule/events/" + serviceId + "/edit").statusCode()).isEqualTo(403);
	}

	@Test
	void projectAndPersonFiltersNarrowTheOverview() {
		long works = projectId(WORKS);
		long service = projectId(SERVICE);
		String byTanto = unique("担当員の打合せ");
		String byGenba = unique("現場代理人の予定");
		http.api("POST", "/api/v1/events", "tanto", event(byTanto, "2026-12-16T09:00", null, List.of(service)));
		http.api("POST", "/api/v1/events", "genba", event(byGenba, "2026-12-16T13:00", null, List.of(works)));

		assertThat(list("kantoku", "from=2026-12-16&to=2026-12-16").toString()).contains(byTanto, byGenba);
		assertThat(list("kantoku", "from=2026-12-16&to=2026-12-16&projectId=" + works).toString()).contains(byGenba)
			.doesNotContain(byTanto);
		assertThat(list("kantoku", "from=2026-12-16&to=2026-12-16&userId=tanto").toString()).contains(byTanto)
			.doesNotContain(byGenba);

		browser.login("kantoku", ScheduleTestClient.PASSWORD);
		String both = browser.get("/schedule/overview?view=week&date=2026-12-16").body();
		assertThat(both).contains(byTanto, byGenba, "伊藤 現", "田中 担", "overview-grid");
		String worksOnly = browser.get("/schedule/overview?view=week&date=2026-12-16&projectId=" + works).body();
		assertThat(worksOnly).contains(byGenba, "伊藤 現").doesNotContain(byTanto, "田中 担");
		for (String view : List.of("day", "month")) {
			assertThat(browser.get("/schedule/overview?view=" + view + "&date=2026-12-16").body()).contains(byTanto, byGenba);
		}
	}

	@Test
	void pagesRegisterChangeAndDeleteAnEventAndReShowWhatWasTyped() {
		long works = projectId(WORKS);
		long service = projectId(SERVICE);
		browser.login("kantoku", ScheduleTestClient.PASSWORD);
		String title = unique("巡回（画面）");
		HttpResponse<String> refused = browser.submit("/schedule/events/new", "/schedule/events", form(Map.of(
				"title", title, "startDate", "2026-12-17", "startTime", "15:00", "endDate", "2026-12-17", "endTime", "14:00",
				"place", "北原町 第3工区", "projectIds", String.valueOf(works))));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("終了日時は開始日時より後", "value=\"" + title + "\"", "北原町 第3工区",
				"value=\"15:00\"");

		HttpResponse<String> created = browser.submit("/schedule/events/new", "/schedule/events",
				form(Map.of("title", title, "startDate", "2026-12-17", "startTime", "09:00", "endDate", "2026-12-17",
						"endTime", "12:00", "place", "北原町 第3工区")) + "&projectIds=" + works + "&projectIds=" + service);
		assertThat(created.statusCode()).isEqualTo(302);
		List<JsonNode> copies = titled(list("kantoku", "from=2026-12-17&to=2026-12-17"), title);
		assertThat(copies).hasSize(2);
		long id = copies.get(0).get("id").asLong();
		String week = browser.get("/schedule?view=week&date=2026-12-17").body();
		assertThat(week).contains(title, "2件の工事・業務に登録しました", "09:00–12:00");

		String edit = browser.get("/schedule/events/" + id + "/edit").body();
		assertThat(edit).contains("すべての工事・業務の同じ予定（2件）", "value=\"" + title + "\"");
		HttpResponse<String> changed = browser.submit("/schedule/events/" + id + "/edit", "/schedule/events/" + id + "/edit",
				form(Map.of("title", title + "改", "startDate", "2026-12-17", "startTime", "10:00", "endDate", "2026-12-17",
						"endTime", "12:00", "everywhere", "true")) + "&projectIds=" + works + "&projectIds=" + service);
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(titled(list("kantoku", "from=2026-12-17&to=2026-12-17"), title + "改")).hasSize(2);

		assertThat(browser.get("/schedule/events/" + id).body()).contains(title + "改", "2件の工事・業務に登録されています");
		assertThat(browser.get("/schedule/events/" + id + "/delete").body()).contains("すべての工事・業務から削除（2件）");
		HttpResponse<String> deleted = browser.submit("/schedule/events/" + id + "/delete",
				"/schedule/events/" + id + "/delete", "everywhere=true");
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(titled(list("kantoku", "from=2026-12-17&to=2026-12-17"), title + "改")).isEmpty();
	}

	@Test
	void calendarPagesMarkHolidaysAndWeekendsAndHaveTheirEnglishTexts() {
		browser.login("kantoku", ScheduleTestClient.PASSWORD);
		String january = browser.get("/schedule?view=month&date=2027-01-15").body();
		assertThat(january).contains("2027年1月", "元日", "class=\"holiday\"", "class=\"sun\"", "class=\"sat\"");
		assertThat(browser.get("/schedule/overview?view=week&date=2027-01-01").body()).contains("元日", "holiday");
		for (String path : List.of("/schedule?lang=en", "/schedule?view=week", "/schedule?view=day", "/schedule/overview",
				"/schedule/overview?view=month", "/schedule/events/new", "/schedule/import")) {
			HttpResponse<String> page = browser.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path).doesNotContain("??").contains("lang=\"en\"");
		}
		assertThat(browser.get("/schedule?view=month&date=2027-01-15").body()).contains("January 2027", "New event", "Schedule")
			.doesNotContain("予定あり");
		browser.get("/?lang=ja");
		assertThat(browser.get("/").body()).contains("href=\"/schedule\"", "スケジュール");
	}

	@Test
	void otherModulesPutAnEventIntoAScheduleAndUpdateItRatherThanAddingAnother() {
		long works = projectId(WORKS);
		String reference = "proposal:" + UUID.randomUUID();
		String title = unique("立会（床掘り）");
		List<Long> first = schedule.scheduleLinked(reference,
				new EventInput(title, "2026-12-21T13:00", "2026-12-21T14:00", false, "第2工区", null, List.of(works), false),
				"kantoku");
		List<Long> moved = schedule.scheduleLinked(reference,
				new EventInput(title, "2026-12-22T13:00", "2026-12-22T14:00", false, "第2工区", null, List.of(works), false),
				"kantoku");
		assertThat(moved).isEqualTo(first);
		JsonNode seen = find(list("genba", "from=2026-12-21&to=2026-12-22"), first.get(0));
		assertThat(seen.get("title").asText()).isEqualTo(title);
		assertThat(seen.get("start").asText()).isEqualTo("2026-12-22T13:00:00+09:00");
		assertThat(titled(list("genba", "from=2026-12-21&to=2026-12-22"), title)).hasSize(1);
		assertThat(http.read(http.api("GET", "/api/v1/events/" + first.get(0), "kantoku", null)).get("source").asText())
			.isEqualTo("LINKED");

		assertThat(schedule.cancelLinked(reference, "kantoku")).isEqualTo(1);
		assertThat(titled(list("genba", "from=2026-12-21&to=2026-12-22"), title)).isEmpty();
	}

	private List<String> auditActions(long eventId) {
		return audit.search(new AuditQuery(null, "schedule", "schedule-event:" + eventId, null, null, null), 0, 50)
			.getContent()
			.stream()
			.map(AuditRecord::action)
			.toList();
	}

	private JsonNode list(String userId, String query) {
		HttpResponse<String> response = http.api("GET", "/api/v1/events?" + query, userId, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return http.read(response);
	}

	private static JsonNode find(JsonNode entries, long id) {
		return StreamSupport.stream(entries.spliterator(), false)
			.filter(entry -> entry.get("id").asLong() == id)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no event " + id + " in " + entries));
	}

	private static List<JsonNode> titled(JsonNode entries, String title) {
		return StreamSupport.stream(entries.spliterator(), false)
			.filter(entry -> entry.has("title") && entry.get("title").asText().equals(title))
			.toList();
	}

	private List<Long> ids(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
		List<Long> ids = new ArrayList<>();
		http.read(response).get("ids").forEach(id -> ids.add(id.asLong()));
		return ids;
	}

	private void assertError(HttpResponse<String> response, String field, String messagePart) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(StreamSupport.stream(http.read(response).get("errors").spliterator(), false)
			.filter(error -> field.equals(error.get("field").asText()))
			.map(error -> error.get("message").asText()))
			.as(response.body())
			.anySatisfy(message -> assertThat(message).contains(messagePart));
	}

	private long projectId(String name) {
		return projects.projectsOf("kantoku").stream().filter(p -> p.name().equals(name)).findFirst()
			.map(ProjectSummary::id).orElseThrow();
	}

	static Map<String, Object> event(String title, String start, String end, List<Long> projectIds) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("title", title);
		event.put("start", start);
		event.put("end", end);
		event.put("allDay", false);
		event.put("projectIds", projectIds);
		return event;
	}

	private static String form(Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return body.toString();
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 6);
	}
}
