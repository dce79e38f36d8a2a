package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.ProjectFixtures;

/**
 * The approval list orders, filters (status, type, words) and pages in the service, loading only the page (issue
 * #21): the page asked for holds the right proposals in the right order, the total counts only those that match,
 * and the list page shows the same slice without building the whole list. Every column sort and filter of the
 * page answers as the page always did (texts in Java's order, nulls last); proposals that compare equal follow in
 * proposal-number order, in both directions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApprovalListPagingIntegrationTests {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	@LocalServerPort
	int port;

	private WorkflowApi api;

	private long project;

	/** Titles of the proposals in review, in the order of their requested answer dates. */
	private final List<String> byDate = new ArrayList<>();

	private String approved;

	private String draft;

	private String run;

	/** In order of proposal number: the four in review, then the approved one. */
	private final List<String> submitted = new ArrayList<>();

	@BeforeEach
	void fourInReviewOneApprovedOneDraft() throws Exception {
		api = new WorkflowApi(port);
		project = new ProjectFixtures(port).works("一覧のページ").member("kantoku", "SUPERVISOR")
			.member("genba", "SITE_AGENT")
			.create();
		run = UUID.randomUUID().toString().substring(0, 6);
		LocalDate today = LocalDate.now(JAPAN);
		String[] titles = new String[4];
		int[] days = { 3, 1, 5, 2 };
		for (int i = 0; i < days.length; i++) {
			titles[i] = "期日" + days[i] + "日後 " + run;
			submit(api.draft(project, titles[i], "CONSULTATION"), today.plusDays(days[i]));
		}
		byDate.addAll(List.of(titles[1], titles[3], titles[0], titles[2]));
		submitted.addAll(List.of(titles));
		approved = "承認済み " + run;
		submitted.add(approved);
		long done = api.draft(project, approved, "CONSULTATION");
		submit(done, today);
		assertThat(api.complete("kantoku", api.task("kantoku", done, "APPROVE"), Map.of("action", "APPROVE"))
			.statusCode()).isEqualTo(200);
		draft = "下書き " + run;
		api.draft(project, draft, "CONSULTATION");
	}

	@Test
	void theServiceAnswersTheAskedPageOfTheStatusInOrder() {
		JsonNode second = api.ok("GET", "/api/v1/workflow/proposals?projectId=" + project
				+ "&status=IN_REVIEW&sort=requestedAnswerDate&size=2&page=1", "kantoku", null);
		assertThat(second.get("total").asLong()).isEqualTo(4);
		assertThat(second.get("items").findValuesAsText("title")).containsExactly(byDate.get(2), byDate.get(3));

		JsonNode descending = api.ok("GET", "/api/v1/workflow/proposals?projectId=" + project
				+ "&status=IN_REVIEW&sort=-requestedAnswerDate", "kantoku", null);
		assertThat(descending.get("items").findValuesAsText("title")).containsExactlyElementsOf(reversed(byDate));

		JsonNode all = api.ok("GET", "/api/v1/workflow/proposals?projectId=" + project, "kantoku", null);
		assertThat(all.get("total").asLong()).as("drafts are not on the list").isEqualTo(5);
		assertThat(all.get("items").findValuesAsText("title")).first().isEqualTo(approved);

		// across all of kantoku's projects: ours keep their order among the others
		JsonNode across = api.ok("GET", "/api/v1/workflow/proposals?status=IN_REVIEW&sort=requestedAnswerDate&size=200",
				"kantoku", null);
		assertThat(across.get("items").findValuesAsText("title")).filteredOn(byDate::contains)
			.containsExactlyElementsOf(byDate);
		assertThat(across.get("items").findValuesAsText("title")).doesNotContain(approved, draft);
	}

	@Test
	void theListPageShowsTheSameSlice() throws Exception {
		BrowserlessClient kantoku = new BrowserlessClient(port);
		kantoku.login("kantoku", "Kyoyu#Demo2026");
		String inReview = kantoku.get("/workflow/proposals?projectId=" + project
				+ "&status=IN_REVIEW&sort=-requested").body();
		List<Integer> positions = reversed(byDate).stream().map(inReview::indexOf).toList();
		assertThat(positions).allMatch(p -> p > 0).isSorted();
		assertThat(inReview).doesNotContain(approved).doesNotContain(draft);

		String approvedOnly = kantoku.get("/workflow/proposals?projectId=" + project + "&status=APPROVED&sort=requested")
			.body();
		assertThat(approvedOnly).contains(approved).doesNotContain(byDate.get(0));

		// a page beyond the last shows the last one, as before
		String beyond = kantoku.get("/workflow/proposals?projectId=" + project + "&status=IN_REVIEW&page=9").body();
		assertThat(byDate).allMatch(beyond::contains);
	}

	/** A 確認・立会願 in review after the fixture's 工事打合せ簿: a second type for the type filter and sort. */
	private String confirmationInReview() {
		String title = "立会 " + run;
		long id = api.ok("POST", "/api/v1/projects/" + project + "/proposals", "genba", Map.of("type",
				"confirmationRequest", "title", title, "fields", Map.of("requestKind", "ATTENDANCE", "subject", "土工",
						"requestedDate", LocalDate.now(JAPAN).plusDays(7).toString(), "content", "床掘の立会をお願いします。")))
			.get("id")
			.asLong();
		submit(id, LocalDate.now(JAPAN).plusDays(4));
		return title;
	}

	@Test
	void theListPageFiltersAndSortsEveryColumnInTheService() throws Exception {
		String confirmation = confirmationInReview();
		BrowserlessClient kantoku = new BrowserlessClient(port);
		kantoku.login("kantoku", "Kyoyu#Demo2026");
		String across = "/workflow/proposals?projectIds=&q=" + run.toUpperCase(java.util.Locale.ROOT);

		// words: any case, in the title, the project's name or the type's name; across all projects
		String words = kantoku.get(across).body();
		assertThat(count(words)).isEqualTo(6);
		assertThat(words).contains(submitted).contains(confirmation).doesNotContain(draft);
		String ofProject = "/workflow/proposals?projectId=" + project;
		assertThat(count(kantoku.get(ofProject + "&q=" + encode("一覧のページ")).body())).isEqualTo(6);
		String byTypeName = kantoku.get(ofProject + "&q=" + encode("立会願")).body();
		assertThat(count(byTypeName)).isEqualTo(1);
		assertThat(byTypeName).contains(confirmation).doesNotContain(approved);

		// type: the choices are the types used, the filter keeps that type only, with the other filters
		String typed = kantoku.get(ofProject + "&type=" + encode("確認・立会願")).body();
		assertThat(typed).contains("<option value=\"工事打合せ簿\"", "<option value=\"確認・立会願\"");
		assertThat(count(typed)).isEqualTo(1);
		assertThat(typed).contains(confirmation).doesNotContain(byDate.get(0));
		assertThat(count(kantoku.get(ofProject + "&type=" + encode("確認・立会願") + "&status=APPROVED").body()))
			.isZero();

		// the column sorts; ties in proposal-number order whichever the direction
		List<String> byTitle = new ArrayList<>(submitted);
		byTitle.add(confirmation);
		byTitle.sort(null);
		assertOrder(kantoku.get(across + "&sort=title").body(), byTitle);
		assertOrder(kantoku.get(across + "&sort=-title").body(), reversed(byTitle));
		List<String> byNumber = new ArrayList<>(submitted);
		byNumber.add(confirmation);
		assertOrder(kantoku.get(across + "&sort=project").body(), byNumber);
		assertOrder(kantoku.get(across + "&sort=-project").body(), byNumber);
		assertOrder(kantoku.get(across + "&sort=type").body(), byNumber); // 工事打合せ簿 before 確認・立会願
		List<String> confirmationFirst = new ArrayList<>(List.of(confirmation));
		confirmationFirst.addAll(submitted);
		assertOrder(kantoku.get(across + "&sort=-type").body(), confirmationFirst);
		List<String> inReviewFirst = new ArrayList<>(submitted.subList(0, 4));
		inReviewFirst.addAll(List.of(confirmation, approved)); // 承認中 before 承認済
		assertOrder(kantoku.get(across + "&sort=status").body(), inReviewFirst);
		assertOrder(kantoku.get(across + "&sort=-status&status=IN_REVIEW").body(), inReviewFirst.subList(0, 5));
	}

	@Test
	void theApiSortsByProjectTypeTitleAndStatusAsThePage() {
		String confirmation = confirmationInReview();
		String of = "/api/v1/workflow/proposals?projectId=" + project;
		JsonNode byType = api.ok("GET", of + "&sort=-type", "kantoku", null);
		assertThat(byType.get("total").asLong()).isEqualTo(6);
		assertThat(byType.get("items").findValuesAsText("title")).first().isEqualTo(confirmation);
		assertThat(byType.get("items").findValuesAsText("documentTypeName")).containsExactly("確認・立会願",
				"工事打合せ簿", "工事打合せ簿", "工事打合せ簿", "工事打合せ簿", "工事打合せ簿");
		List<String> byNumber = new ArrayList<>(submitted);
		byNumber.add(confirmation);
		assertThat(api.ok("GET", of + "&sort=project", "kantoku", null).get("items").findValuesAsText("title"))
			.containsExactlyElementsOf(byNumber);
		JsonNode byStatus = api.ok("GET", of + "&sort=-status", "kantoku", null);
		assertThat(byStatus.get("items").findValuesAsText("status")).containsExactly("APPROVED", "IN_REVIEW",
				"IN_REVIEW", "IN_REVIEW", "IN_REVIEW", "IN_REVIEW");
		List<String> byTitle = new ArrayList<>(byNumber);
		byTitle.sort(null);
		JsonNode titled = api.ok("GET", of + "&status=IN_REVIEW&sort=title&size=2&page=1", "kantoku", null);
		assertThat(titled.get("total").asLong()).isEqualTo(5);
		assertThat(titled.get("items").findValuesAsText("title"))
			.containsExactlyElementsOf(byTitle.stream().filter(t -> !t.equals(approved)).skip(2).limit(2).toList());
	}

	/** The list page's count line (「N件」). */
	private static int count(String page) {
		java.util.regex.Matcher count = java.util.regex.Pattern.compile("id=\"list-count\">(\\d+)件<").matcher(page);
		assertThat(count.find()).as("the count line").isTrue();
		return Integer.parseInt(count.group(1));
	}

	private static void assertOrder(String page, List<String> titles) {
		List<Integer> positions = titles.stream().map(page::indexOf).toList();
		assertThat(positions).as("positions of %s", titles).allMatch(p -> p > 0).isSorted();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	private void submit(long proposal, LocalDate requested) {
		api.ok("POST", "/api/v1/proposals/" + proposal + "/submit", "genba", Map.of("route",
				List.of(Map.of("userId", "kantoku", "role", "APPROVER")), "requestedAnswerDate", requested.toString(),
				"importance", "NORMAL", "comment", "ご確認をお願いします。"));
	}

	private static List<String> reversed(List<String> list) {
		List<String> copy = new ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}
}
