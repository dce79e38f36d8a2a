package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JapanDate;
import jp.kyoyu.support.RightsFixture;

/**
 * A right holds in the route too (issue #15): a person whose WORKFLOW right is below WRITE, or who is disabled,
 * cannot be put on an approval route (page and API), and is not offered the steps of an absent colleague as deputy.
 * Otherwise the step would wait for someone the rights refuse.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RouteRightsIntegrationTests {

	@LocalServerPort
	int port;

	RightsFixture fixture;

	String proposer;

	String reader;

	String approver;

	String disabled;

	long project;

	@BeforeEach
	void setUp() throws Exception {
		fixture = new RightsFixture(port);
		proposer = fixture.user("rtp", "CONTRACTOR");
		reader = fixture.user("rtr", "AGENCY");
		approver = fixture.user("rta", "AGENCY");
		disabled = fixture.user("rtd", "AGENCY");
		Map<String, String> members = new LinkedHashMap<>();
		members.put(proposer, "SITE_AGENT");
		members.put(reader, "SUPERVISOR");
		members.put(approver, "SENIOR_SUPERVISOR");
		members.put(disabled, "SUPERVISOR");
		project = fixture.project("経路権限", members);
		fixture.rights(reader, Feature.WORKFLOW, AccessLevel.READ);
		HttpResponse<String> off = fixture.send("PUT", "/api/v1/admin/users/" + disabled, "admin",
				Map.of("enabled", false));
		assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
	}

	private long draft() throws Exception {
		HttpResponse<String> created = fixture.send("POST", "/api/v1/projects/" + project + "/proposals", proposer,
				Map.of("type", "worksMeetingRecord", "title", "経路の権限", "fields",
						Map.of("matter", "REPORT", "content", "法面勾配の変更について協議します。")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return fixture.read(created).get("id").asLong();
	}

	private HttpResponse<String> submit(long proposal, String... approvers) throws Exception {
		List<Map<String, String>> route = new java.util.ArrayList<>();
		for (String each : approvers) {
			route.add(Map.of("userId", each, "role", "APPROVER"));
		}
		return fixture.send("POST", "/api/v1/proposals/" + proposal + "/submit", proposer, Map.of("route", route,
				"requestedAnswerDate", JapanDate.today().plusDays(14).toString(), "importance", "NORMAL"));
	}

	private String nameOf(String userId) throws Exception {
		return fixture.read(fixture.get("/api/v1/admin/users/" + userId, "admin")).get("name").asText();
	}

	@Test
	void aReaderOrADisabledUserIsRefusedOnTheRouteOverTheApi() throws Exception {
		long proposal = draft();
		for (String refused : List.of(reader, disabled)) {
			HttpResponse<String> answer = submit(proposal, approver, refused);
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
			assertThat(answer.body()).contains(nameOf(refused) + "さんには承認の権限がないため、承認ルートに入れられません。");
			assertThat(fixture.read(fixture.get("/api/v1/proposals/" + proposal, proposer)).get("status").asText())
				.isEqualTo("DRAFT");
		}
		HttpResponse<String> accepted = submit(proposal, approver);
		assertThat(accepted.statusCode()).as(accepted.body()).isBetween(200, 201);
	}

	@Test
	void aReaderIsRefusedOnTheRouteOnTheSubmitPage() throws Exception {
		long proposal = draft();
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login(proposer, RightsFixture.PASSWORD);
		String page = "/proposals/" + proposal + "/submit";
		assertThat(browser.get(page).body()).as("the route editor offers only those who may approve")
			.contains("value=\"" + approver + "\"").doesNotContain("value=\"" + reader + "\"", "value=\"" + disabled + "\"");
		HttpResponse<String> refused = browser.submit(page, page, "op=submit&userId=" + reader
				+ "&role=APPROVER&requestedAnswerDate=" + JapanDate.today().plusDays(14));
		assertThat(refused.statusCode()).as("shown again, not submitted").isEqualTo(200);
		assertThat(refused.body()).contains(nameOf(reader) + "さんには承認の権限がないため、承認ルートに入れられません。");
		assertThat(fixture.read(fixture.get("/api/v1/proposals/" + proposal, proposer)).get("status").asText())
			.isEqualTo("DRAFT");
	}

	@Test
	void aDeputyWhoMayOnlyReadIsNotOfferedTheStepAndTheAbsenceSaysSo() throws Exception {
		long proposal = draft();
		assertThat(submit(proposal, approver).statusCode()).isBetween(200, 201);
		Map<String, Object> period = new LinkedHashMap<>();
		period.put("from", JapanDate.today().minusDays(1).toString());
		period.put("to", JapanDate.today().plusDays(2).toString());
		period.put("deputyUserId", reader);
		HttpResponse<String> absent = fixture.send("PUT", "/api/v1/me/absences", approver, List.of(period));
		assertThat(absent.statusCode()).as(absent.body()).isBetween(200, 204);

		JsonNode readerTasks = fixture.read(fixture.get("/api/v1/tasks", reader));
		assertThat(readerTasks.findValuesAsText("proposalId")).doesNotContain(String.valueOf(proposal));
		JsonNode approverTasks = fixture.read(fixture.get("/api/v1/tasks", approver));
		assertThat(approverTasks.findValuesAsText("proposalId")).contains(String.valueOf(proposal));

		JsonNode reach = fixture.read(
				fixture.get("/api/v1/me/absences/deputy-reach?deputyUserId=" + reader, approver));
		assertThat(reach.get("warning").asText()).contains(nameOf(reader), "承認の権限がない", "届きません");
		fixture.send("PUT", "/api/v1/me/absences", approver, List.of());
	}
}
