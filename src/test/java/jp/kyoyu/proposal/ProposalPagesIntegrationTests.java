package jp.kyoyu.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.ProjectFixtures;

/** The proposal pages as a browser posts them: the hidden JSON field, errors, and nothing typed lost. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalPagesIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	BrowserlessClient genba;

	@BeforeEach
	void login() {
		genba = new BrowserlessClient(port);
		genba.login("genba", PASSWORD);
	}

	@Test
	void aCheckedDraftShowsTheMissingFieldAndKeepsEverythingTyped() throws Exception {
		long projectId = newWorksProject();
		String list = genba.get("/projects/" + projectId + "/proposals").body();
		assertThat(list).contains("発議書類", "書類を作成");
		String newPage = "/projects/" + projectId + "/proposals/new";
		assertThat(genba.get(newPage).body()).contains("工事打合せ簿", "工事履行報告書").doesNotContain("打合せ記録簿");

		HttpResponse<String> created = genba.submit(newPage, "/projects/" + projectId + "/proposals",
				"type=worksMeetingRecord&title=" + encode("擁壁の協議"));
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		String path = location.substring(location.indexOf("/proposals/"));
		String edit = genba.get(path).body();
		assertThat(edit).contains("form-viewer.umd.js", "擁壁の協議", "&quot;proposerSide&quot;:&quot;CONTRACTOR&quot;");

		Map<String, Object> typed = new LinkedHashMap<>();
		typed.put("proposerSide", "CONTRACTOR");
		typed.put("proposalDate", "2026-05-01");
		typed.put("projectName", "擁壁テスト工事");
		typed.put("matter", "OTHER");
		typed.put("matterOther", "現地確認の依頼");
		typed.put("content", "");
		HttpResponse<String> checked = genba.submit(path, path, "title=" + encode("擁壁の協議（改）") + "&action=check"
				+ "&fields=" + encode(json.writeValueAsString(typed)));
		assertThat(checked.statusCode()).isEqualTo(200);
		assertThat(checked.body()).contains("「内容」を入力してください。", "擁壁の協議（改）", "現地確認の依頼", "擁壁テスト工事")
			.doesNotContain("「発議事項」");

		typed.put("content", "基礎の形式を協議します。");
		HttpResponse<String> saved = genba.submit(path, path, "title=" + encode("擁壁の協議（改）") + "&action=check"
				+ "&fields=" + encode(json.writeValueAsString(typed)));
		assertThat(saved.statusCode()).isEqualTo(302);
		String reopened = genba.get(path).body();
		assertThat(reopened).contains("入力に不足はありません", "基礎の形式を協議します。", "現地確認の依頼");
		assertThat(genba.get("/projects/" + projectId + "/proposals").body()).contains("擁壁の協議（改）", "下書き");
	}

	@Test
	void brokenFormDataIsAnsweredWithAMessageNotAnError() throws Exception {
		long projectId = newWorksProject();
		HttpResponse<String> created = genba.submit("/projects/" + projectId + "/proposals/new",
				"/projects/" + projectId + "/proposals", "type=worksMeetingRecord&title=");
		String location = created.headers().firstValue("Location").orElseThrow();
		String path = location.substring(location.indexOf("/proposals/"));
		HttpResponse<String> broken = genba.submit(path, path, "title=" + encode("途中") + "&fields=" + encode("{\"content\":"));
		assertThat(broken.statusCode()).isEqualTo(200);
		assertThat(broken.body()).contains("入力内容を読み取れませんでした", "途中");
		BrowserlessClient kantoku = new BrowserlessClient(port);
		kantoku.login("kantoku", PASSWORD);
		assertThat(kantoku.get(path).statusCode()).as("not a member").isEqualTo(404);
	}

	private long newWorksProject() throws Exception {
		// The fixture's client has no cookies, so genba's session cannot make sokatsu's calls CSRF-checked.
		return new ProjectFixtures(port).works("書類画面テスト工事").member("genba", "SITE_AGENT").create();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
