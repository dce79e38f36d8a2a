package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JapanDate;
import jp.kyoyu.support.RightsFixture;

/**
 * C4.5: the approval list across several of the user's projects, chosen on the page or through the API and
 * remembered for the next time. A user of its own, so the remembered choice touches no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApprovalListChoiceIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theUserListsSeveralProjectsAndTheChoiceIsRemembered() throws Exception {
		RightsFixture fx = new RightsFixture(port);
		WorkflowApi api = new WorkflowApi(port);
		String user = fx.user("sentaku", "AGENCY");
		String tag = UUID.randomUUID().toString().substring(0, 6);
		List<Long> projects = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		for (String name : List.of("A", "B", "C")) {
			long project = fx.project("一覧の選択" + name, Map.of(user, "SUPERVISOR", "genba", "SITE_AGENT"));
			String title = "選択" + name + " " + tag;
			long proposal = api.draft(project, title, "CONSULTATION");
			api.ok("POST", "/api/v1/proposals/" + proposal + "/submit", "genba",
					Map.of("route", List.of(Map.of("userId", user, "role", "APPROVER")), "requestedAnswerDate",
							JapanDate.today().plusDays(7).toString()));
			projects.add(project);
			titles.add(title);
		}
		long a = projects.get(0);
		long b = projects.get(1);
		long c = projects.get(2);

		assertThat(titles(api, user, "")).containsExactlyInAnyOrderElementsOf(titles);
		assertThat(titles(api, user, "?projectIds=" + a + "&projectIds=" + b))
			.containsExactlyInAnyOrder(titles.get(0), titles.get(1));

		JsonNode chosen = api.ok("PUT", "/api/v1/me/approval-projects", user, Map.of("projectIds", List.of(a, c)));
		assertThat(ids(chosen)).containsExactly(a, c);
		assertThat(ids(api.ok("GET", "/api/v1/me/approval-projects", user, null))).containsExactly(a, c);
		assertThat(titles(api, user, "")).as("the remembered choice")
			.containsExactlyInAnyOrder(titles.get(0), titles.get(2));
		assertThat(titles(api, user, "?projectId=" + b)).as("one project asked for overrides the choice")
			.containsExactly(titles.get(1));

		long notMine = api.worksProject();
		HttpResponse<String> refused = api.call("PUT", "/api/v1/me/approval-projects", user,
				Map.of("projectIds", List.of(a, notMine)));
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).contains("\"message\"").containsPattern("[ぁ-んァ-ン一-龥]");
		assertThat(ids(api.ok("GET", "/api/v1/me/approval-projects", user, null))).as("unchanged")
			.containsExactly(a, c);
		assertThat(api.call("GET", "/api/v1/workflow/proposals?projectIds=" + notMine, user, null).statusCode())
			.isEqualTo(404);

		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login(user, "Kyoyu#Demo2026");
		String page = browser.get("/workflow/proposals?q=" + tag).body();
		assertThat(page).contains(titles.get(0), titles.get(2)).doesNotContain(titles.get(1));
		assertThat(page).containsPattern("value=\"" + a + "\"\\s+checked").containsPattern("value=\"" + c + "\"\\s+checked")
			.doesNotContainPattern("value=\"" + b + "\"\\s+checked");

		String picked = browser.get("/workflow/proposals?choose=1&projectIds=" + b + "&q=" + tag).body();
		assertThat(picked).contains(titles.get(1)).doesNotContain(titles.get(0), titles.get(2));
		assertThat(ids(api.ok("GET", "/api/v1/me/approval-projects", user, null))).containsExactly(b);
		String csv = new String(browser.download("/workflow/proposals.csv?q=" + tag).body(), StandardCharsets.UTF_8);
		assertThat(csv).contains(titles.get(1)).doesNotContain(titles.get(0), titles.get(2));

		assertThat(browser.get("/workflow/proposals?choose=1&q=" + tag).body()).as("nothing ticked: all")
			.contains(titles.get(0), titles.get(1), titles.get(2));
		assertThat(ids(api.ok("GET", "/api/v1/me/approval-projects", user, null))).isEmpty();
	}

	private static List<String> titles(WorkflowApi api, String user, String query) {
		List<String> titles = new ArrayList<>();
		api.ok("GET", "/api/v1/workflow/proposals" + query + (query.isEmpty() ? "?" : "&") + "size=200", user, null)
			.get("items").forEach(item -> titles.add(item.get("title").asText()));
		return titles;
	}

	private static List<Long> ids(JsonNode choice) {
		List<Long> ids = new ArrayList<>();
		choice.get("projectIds").forEach(id -> ids.add(id.asLong()));
		return ids;
	}
}
