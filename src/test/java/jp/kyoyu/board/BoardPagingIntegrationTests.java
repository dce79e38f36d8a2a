package jp.kyoyu.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/** A project's board list in pages of 50: numbers, links that keep the search, hidden posts never counted. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardPagingIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void fiftyFivePostsMakeTwoPagesAndPostsOnlyForShuninAreNeitherListedNorCountedForGenba() throws Exception {
		BoardApi api = new BoardApi(port);
		long projectId = api.project("頁送り");
		String tag = "頁" + UUID.randomUUID().toString().substring(0, 6);
		List<String> titles = new ArrayList<>();
		List<String> hidden = new ArrayList<>();
		for (int i = 1; i <= 55; i++) {
			String title = String.format("%s 記事%03d", tag, i);
			api.post(projectId, "kantoku", title, List.of());
			titles.add(title);
			if (i % 20 == 0) {
				String secret = String.format("%s 主任だけ%03d", tag, i);
				api.post(projectId, "kantoku", secret, List.of("shunin"));
				hidden.add(secret);
			}
		}
		api.post(projectId, "kantoku", "別の話題 " + tag.substring(1), List.of());
		String board = "/projects/" + projectId + "/board";
		BrowserlessClient genba = login("genba");

		String first = genba.get(board).body();
		assertThat(first).contains("1–50 件 / 全 56 件").contains("1 / 2 ページ").contains("別の話題");
		assertThat(first).contains(titles.get(54)).doesNotContain(titles.get(4) + "<");
		assertThat(hidden).noneMatch(first::contains);

		String searched = genba.get(board + "?q=" + enc(tag)).body();
		assertThat(searched).as("hidden posts are not counted").contains("1–50 件 / 全 55 件")
			.doesNotContain("別の話題");
		String next = link(searched, "next");
		assertThat(next).contains("q=" + enc(tag).replace("+", "%20")).contains("page=2");
		String second = genba.get(next).body();
		assertThat(second).contains("51–55 件 / 全 55 件").contains("2 / 2 ページ");
		// Newest first: the 51st newest of 55 is the fifth post written.
		assertThat(second).contains(titles.get(4) + "<").contains(titles.get(0) + "<")
			.doesNotContain(titles.get(5) + "<").doesNotContain("別の話題");
		assertThat(hidden).noneMatch(second::contains);
		assertThat(link(second, "prev")).contains("page=1").contains("q=");
		assertThat(second).doesNotContain("rel=\"next\"");

		String shunin = login("shunin").get(board + "?q=" + enc(tag) + "&page=2").body();
		assertThat(shunin).as("shunin sees the posts for them").contains("51–57 件 / 全 57 件");
	}

	@Test
	void aPageNumberPastTheEndOrNotANumberIsExplainedNeverAnError() throws Exception {
		BoardApi api = new BoardApi(port);
		long projectId = api.project("頁番号");
		String title = "頁番号の確認 " + UUID.randomUUID().toString().substring(0, 8);
		api.post(projectId, "kantoku", title, List.of());
		String board = "/projects/" + projectId + "/board";
		BrowserlessClient genba = login("genba");

		HttpResponse<String> beyond = genba.get(board + "?page=99");
		assertThat(beyond.statusCode()).isEqualTo(200);
		assertThat(beyond.body()).contains("99 ページ目はありません").contains(title).contains("1–1 件 / 全 1 件");
		for (String bad : List.of("abc", "-1", "0", "1.5", "99999999999999999999")) {
			HttpResponse<String> page = genba.get(board + "?page=" + enc(bad));
			assertThat(page.statusCode()).as(bad).isEqualTo(200);
			assertThat(page.body()).as(bad).contains(title).containsAnyOf("最初のページを表示", "最後のページを表示");
		}
		HttpResponse<String> nothing = genba.get(board + "?q=" + enc("ありえない件名" + UUID.randomUUID()) + "&page=3");
		assertThat(nothing.statusCode()).isEqualTo(200);
		assertThat(nothing.body()).contains("表示できる記事はありません");
	}

	@Test
	void theJsonListStaysOneArrayOfAllPosts() throws Exception {
		BoardApi api = new BoardApi(port);
		long projectId = api.project("頁API");
		for (int i = 1; i <= 52; i++) {
			api.post(projectId, "kantoku", "API一覧 " + i, List.of());
		}
		List<String> titles = api.titles(api.get("/api/v1/projects/" + projectId + "/posts", "genba"), "title");
		assertThat(titles).hasSize(52).startsWith("API一覧 52").endsWith("API一覧 1");
	}

	/** The href of the first link with {@code rel}, as a path with the HTML entities undone. */
	private static String link(String html, String rel) {
		Matcher m = Pattern.compile("<a[^>]*rel=\"" + rel + "\"[^>]*href=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).as("a link with rel=" + rel).isTrue();
		return m.group(1).replace("&amp;", "&");
	}

	private BrowserlessClient login(String user) {
		BrowserlessClient client = new BrowserlessClient(port);
		assertThat(client.login(user, BoardApi.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
