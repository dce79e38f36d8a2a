package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/**
 * C4.17 「受付日、決裁完了日の別」 (issue #20): the screens and exports use the seed's words 受付日 and 決裁完了日,
 * never the 受理日 / 完了日 they said before, and the approval list export carries the 決裁完了日 it lacked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeedDateWordsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theApprovalPageAndTheListExportSayReceivedOnAndDecisionCompletedOn() {
		WorkflowApi api = new WorkflowApi(port);
		long project = api.worksProject();
		String title = "受付日と決裁完了日 " + UUID.randomUUID().toString().substring(0, 6);
		long id = api.draft(project, title, "REPORT");
		api.submit(id, "kantoku");
		assertThat(api.complete("kantoku", api.task("kantoku", id, "APPROVE"), Map.of("action", "APPROVE")).statusCode())
			.isEqualTo(200);
		String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();

		BrowserlessClient genba = new BrowserlessClient(port);
		genba.login("genba", WorkflowApi.PASSWORD);
		String page = genba.get("/proposals/" + id + "/approval").body();
		assertThat(page).contains("<dt>受付日</dt>", "<dt>決裁完了日</dt>").doesNotContain("受理日", ">完了日<");
		// in genba's date style, the default 西暦 with slashes (docs/wording.md "Dates")
		assertThat(page.substring(page.indexOf("<dt>決裁完了日</dt>"))).as("the date itself, once approved")
			.startsWith("<dt>決裁完了日</dt><dd>" + today.replace('-', '/') + "</dd>");
		assertThat(genba.get("/workflow/proposals?projectId=" + project).body()).contains("受付日")
			.doesNotContain("受理日");

		String csv = new String(genba.download("/workflow/proposals.csv?projectId=" + project).body(),
				StandardCharsets.UTF_8);
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).endsWith("受付日,回答予定日,中間処理・回答日,最終処理・回答日,決裁完了日").doesNotContain("受理日");
		String slashed = today.replace('-', '/');
		assertThat(Arrays.stream(lines).filter(line -> line.contains(title)).findFirst().orElseThrow())
			.as("受付日 and 決裁完了日 of the approved proposal").contains("," + slashed + ",")
			.endsWith("," + slashed);
	}
}
