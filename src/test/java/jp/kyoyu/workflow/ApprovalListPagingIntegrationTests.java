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
 * The approval list orders, filters by status and pages in the service, loading only the page (issue #21): the
 * page asked for holds the right proposals in the right order, the total counts only those in the status, and the
 * list page shows the same slice without building the whole list.
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

	@BeforeEach
	void fourInReviewOneApprovedOneDraft() throws Exception {
		api = new WorkflowApi(port);
		project = new ProjectFixtures(port).works("一覧のページ").member("kantoku", "SUPERVISOR")
			.member("genba", "SITE_AGENT")
			.create();
		String run = UUID.randomUUID().toString().substring(0, 6);
		LocalDate today = LocalDate.now(JAPAN);
		String[] titles = new String[4];
		int[] days = { 3, 1, 5, 2 };
		for (int i = 0; i < days.length; i++) {
			titles[i] = "期日" + days[i] + "日後 " + run;
			submit(api.draft(project, titles[i], "CONSULTATION"), today.plusDays(days[i]));
		}
		byDate.addAll(List.of(titles[1], titles[3], titles[0], titles[2]));
		approved = "承認済み " + run;
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
