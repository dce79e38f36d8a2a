package jp.kyoyu.portal;

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
 * Forms a reader may not use are not shown (issue #15): the draft's save and attachment forms, the pre-consultation
 * comment, file and decision forms, the task form and the absence forms. Each page is read as a WRITE user (the form
 * is there) and, after the administrator lowers the right to READ, again (the page opens, the form is gone).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReaderFormsIntegrationTests {

	@LocalServerPort
	int port;

	RightsFixture fixture;

	String proposer;

	String approver;

	long project;

	@BeforeEach
	void setUp() throws Exception {
		fixture = new RightsFixture(port);
		proposer = fixture.user("rfp", "CONTRACTOR");
		approver = fixture.user("rfa", "AGENCY");
		Map<String, String> members = new LinkedHashMap<>();
		members.put(proposer, "SITE_AGENT");
		members.put(approver, "SUPERVISOR");
		project = fixture.project("閲覧者の画面", members);
	}

	private BrowserlessClient browser(String user) {
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login(user, RightsFixture.PASSWORD);
		return browser;
	}

	private long draft() throws Exception {
		HttpResponse<String> created = fixture.send("POST", "/api/v1/projects/" + project + "/proposals", proposer,
				Map.of("type", "worksMeetingRecord", "title", "閲覧者の画面", "fields",
						Map.of("matter", "REPORT", "content", "法面勾配の変更について協議します。")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return fixture.read(created).get("id").asLong();
	}

	private String page(BrowserlessClient browser, String path) {
		HttpResponse<String> page = browser.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	@Test
	void aProposalReaderSeesTheirDraftWithoutSaveAttachmentOrDeleteForms() throws Exception {
		long draft = draft();
		BrowserlessClient browser = browser(proposer);
		String path = "/proposals/" + draft;
		assertThat(page(browser, path)).contains("value=\"save\"", "/attachments\"", "/delete\"");

		fixture.rights(proposer, Feature.PROPOSAL, AccessLevel.READ);
		assertThat(page(browser, path)).contains("閲覧者の画面")
			.doesNotContain("value=\"save\"", "value=\"check\"", "/attachments\"", "/delete\"");
	}

	@Test
	void aProposalReaderSeesAPreConsultationWithoutCommentFileOrDecisionForms() throws Exception {
		HttpResponse<String> created = fixture.send("POST", "/api/v1/projects/" + project + "/consultations",
				proposer, Map.of("title", "事前協議の画面", "body", "資料", "notify", "BOARD"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String path = "/consultations/" + fixture.read(created).get("id").asLong();
		BrowserlessClient browser = browser(approver);
		assertThat(page(browser, path)).contains("id=\"comment-body\"", "id=\"material-file\"", "id=\"decision\"");

		fixture.rights(approver, Feature.PROPOSAL, AccessLevel.READ);
		assertThat(page(browser, path)).contains("事前協議の画面")
			.doesNotContain("id=\"comment-body\"", "id=\"material-file\"", "id=\"decision\"", "id=\"convert\"");
	}

	@Test
	void aWorkflowReaderSeesTheirTaskAndAbsencesWithoutForms() throws Exception {
		long draft = draft();
		HttpResponse<String> submitted = fixture.send("POST", "/api/v1/proposals/" + draft + "/submit", proposer,
				Map.of("route", List.of(Map.of("userId", approver, "role", "APPROVER")), "requestedAnswerDate",
						JapanDate.today().plusDays(14).toString(), "importance", "NORMAL"));
		assertThat(submitted.statusCode()).as(submitted.body()).isBetween(200, 201);
		String task = null;
		for (JsonNode each : fixture.read(fixture.get("/api/v1/tasks", approver))) {
			if (each.get("proposalId").asLong() == draft) {
				task = each.get("id").asText();
			}
		}
		assertThat(task).isNotNull();
		BrowserlessClient browser = browser(approver);
		assertThat(page(browser, "/tasks/" + task)).contains("id=\"task-form\"");
		assertThat(page(browser, "/account/absences")).contains("id=\"absence-form\"");

		fixture.rights(approver, Feature.WORKFLOW, AccessLevel.READ);
		assertThat(page(browser, "/tasks/" + task)).contains("閲覧者の画面").doesNotContain("id=\"task-form\"");
		assertThat(page(browser, "/account/absences")).doesNotContain("id=\"absence-form\"", "/account/absences/remove");
	}
}
