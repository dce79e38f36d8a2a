package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.identity.DateStylePreference;
import jp.kyoyu.shared.DateStyle;
import jp.kyoyu.support.BrowserlessClient;

/**
 * Issue #22: a user who chooses 和暦 on the account page reads 令和 dates on the home page, the proposal's approval
 * page, the approval list and the proposal's PDF; back on 西暦, slashes again. A value the page does not offer is
 * refused in Japanese and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DateStylesIntegrationTests {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	@LocalServerPort
	int port;

	@Autowired
	TaskService tasks;

	@Autowired
	DateStylePreference preference;

	/** shunin is a demo user other tests use: whatever happens here, they find the default again. */
	@AfterEach
	void backToTheDefault() {
		preference.choose("shunin", DateStyle.SEIREKI);
	}

	@Test
	void aUserWhoChoosesWarekiSeesReiwaOnPagesAndPrintsAndSlashesAgainAfterSwitchingBack() throws Exception {
		WorkflowApi api = new WorkflowApi(port);
		long project = api.worksProject();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long id = api.draft(project, "日付の表示 " + suffix, "CONSULTATION");
		api.submit(id, "kantoku", "shunin"); // 回答希望日: in 14 days
		assertThat(api.complete("kantoku", api.task("kantoku", id, "APPROVE"), Map.of("action", "APPROVE"))
			.statusCode()).isEqualTo(200); // kantoku's stamp, dated today
		LocalDate today = LocalDate.now(JAPAN);
		LocalDate requested = today.plusDays(14);
		LocalDate tomorrow = today.plusDays(1);
		dueOn(api.task("shunin", id, "APPROVE"), tomorrow); // so it is among 期限が近いもの on the home page

		BrowserlessClient shunin = new BrowserlessClient(port);
		shunin.login("shunin", WorkflowApi.PASSWORD);
		String list = "/workflow/proposals?projectId=" + project + "&q=" + suffix;
		String approval = "/proposals/" + id + "/approval";

		assertThat(shunin.get("/account").body()).as("西暦 by default")
			.containsPattern("value=\"SEIREKI\"[^>]*checked");
		assertThat(shunin.get("/").body()).contains(DateStyle.SEIREKI.date(tomorrow)).doesNotContain("令和");
		assertThat(shunin.get(approval).body()).contains(DateStyle.SEIREKI.date(requested),
				DateStyle.SEIREKI.date(today));
		assertThat(shunin.get(list).body()).contains(DateStyle.SEIREKI.date(requested));
		assertThat(pdfText(shunin, id)).contains(DateStyle.SEIREKI.date(today)).doesNotContain("令和");

		HttpResponse<String> chosen = shunin.submit("/account", "/account/date-style", "dateStyle=WAREKI");
		assertThat(chosen.statusCode()).isEqualTo(302);
		assertThat(shunin.get("/account").body()).contains("日付の表示を和暦にしました。")
			.containsPattern("value=\"WAREKI\"[^>]*checked");

		String home = shunin.get("/").body();
		assertThat(home).contains(DateStyle.WAREKI.date(tomorrow)).doesNotContain(DateStyle.SEIREKI.date(tomorrow));
		assertThat(DateStyle.WAREKI.date(tomorrow)).startsWith("令和");
		assertThat(shunin.get(approval).body()).contains(DateStyle.WAREKI.date(requested),
				DateStyle.WAREKI.date(today)).doesNotContain(DateStyle.SEIREKI.date(requested));
		assertThat(shunin.get(list).body()).contains(DateStyle.WAREKI.date(requested))
			.doesNotContain(DateStyle.SEIREKI.date(requested));
		assertThat(pdfText(shunin, id)).as("kantoku's stamp date in the printing user's style")
			.contains(DateStyle.WAREKI.date(today)).doesNotContain(DateStyle.SEIREKI.date(today));
		assertThat(shunin.get("/api/v1/workflow/proposals?projectId=" + project).body())
			.as("the JSON API keeps ISO dates whatever the user reads").contains(requested.toString())
			.doesNotContain("令和");

		BrowserlessClient kantoku = new BrowserlessClient(port);
		kantoku.login("kantoku", WorkflowApi.PASSWORD);
		assertThat(kantoku.get(list).body()).as("the choice is shunin's alone")
			.contains(DateStyle.SEIREKI.date(requested)).doesNotContain("令和");

		shunin.submit("/account", "/account/date-style", "dateStyle=SHOWA");
		assertThat(shunin.get("/account").body()).as("a value the page does not offer is refused in Japanese")
			.contains("日付の表示は「西暦」か「和暦」から選んでください。")
			.containsPattern("value=\"WAREKI\"[^>]*checked");

		shunin.submit("/account", "/account/date-style", "dateStyle=SEIREKI");
		assertThat(shunin.get("/").body()).contains(DateStyle.SEIREKI.date(tomorrow)).doesNotContain("令和");
		assertThat(shunin.get(list).body()).contains(DateStyle.SEIREKI.date(requested)).doesNotContain("令和");
	}

	private void dueOn(String taskId, LocalDate day) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		task.setDueDate(Date.from(day.atTime(17, 0).atZone(JAPAN).toInstant()));
		tasks.saveTask(task);
	}

	private static String pdfText(BrowserlessClient client, long id) throws Exception {
		HttpResponse<byte[]> pdf = client.download("/api/v1/proposals/" + id + "/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			return new PDFTextStripper().getText(document);
		}
	}
}
