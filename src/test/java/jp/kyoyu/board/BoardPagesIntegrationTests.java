package jp.kyoyu.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/** The board's pages: new-post form with audience, unread list on the home page, replies, search errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aPostForGenbaReachesGenbasHomePageOnlyAndIsRepliedTo() throws Exception {
		long projectId = new BoardApi(port).project("掲示板画面");
		String title = "立会の日程 " + UUID.randomUUID().toString().substring(0, 8);
		String board = "/projects/" + projectId + "/board";

		BrowserlessClient kantoku = login("kantoku");
		assertThat(kantoku.get("/projects/" + projectId).body()).contains(board);
		String form = kantoku.get(board + "/new").body();
		assertThat(form).contains("value=\"genba\"").contains("name=\"recipients\"");
		HttpResponse<String> invalid = kantoku.submit(board + "/new", board,
				"title=&body=" + enc("本文は残る") + "&audience=chosen&users=genba");
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("件名を入力してください。").contains("本文は残る")
			.containsPattern("value=\"genba\"\\s+checked");
		HttpResponse<String> nobody = kantoku.submit(board + "/new", board,
				"title=" + enc(title) + "&body=" + enc("誰にも") + "&audience=chosen");
		assertThat(nobody.statusCode()).as("not posted to everyone by mistake").isEqualTo(200);
		assertThat(nobody.body()).contains("閲覧できる相手を1人以上");
		HttpResponse<String> created = kantoku.submit(board + "/new", board,
				"title=" + enc(title) + "&body=" + enc("10日の10時から") + "&audience=chosen&users=genba");
		assertThat(created.statusCode()).isEqualTo(302);
		String postPath = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(postPath).startsWith("/board/posts/");

		BrowserlessClient genba = login("genba");
		assertThat(unreadSection(genba)).contains(title);
		assertThat(genba.get(board).body()).contains(title);
		assertThat(genba.get(postPath).body()).contains("10日の10時から");
		assertThat(unreadSection(genba)).doesNotContain(title);
		assertThat(genba.submit(postPath, postPath + "/replies", "body=" + enc("承知しました、立ち会います")).statusCode())
			.isEqualTo(302);
		assertThat(kantoku.get(postPath).body()).contains("承知しました、立ち会います");

		BrowserlessClient shunin = login("shunin");
		assertThat(shunin.get(board).body()).doesNotContain(title);
		assertThat(shunin.get(postPath).statusCode()).isEqualTo(404);
		assertThat(unreadSection(shunin)).doesNotContain(title);
	}

	@Test
	void markAllReadEmptiesTheHomeListAndBadDatesAreExplained() throws Exception {
		BoardApi api = new BoardApi(port);
		long projectId = api.project("既読");
		String title = "全員へのお知らせ " + UUID.randomUUID().toString().substring(0, 8);
		api.post(projectId, "kantoku", title, List.of());
		BrowserlessClient genba = login("genba");
		assertThat(unreadSection(genba)).contains(title);
		HttpResponse<String> marked = genba.submit("/", "/board/unread/read", "x=1");
		assertThat(marked.statusCode()).isEqualTo(302);
		assertThat(genba.get("/").body()).contains("件の記事を既読にしました");
		assertThat(unreadSection(genba)).doesNotContain(title);

		HttpResponse<String> badDate = genba.get("/projects/" + projectId + "/board?from=" + enc("きのう"));
		assertThat(badDate.statusCode()).isEqualTo(200);
		assertThat(badDate.body()).contains("2026-04-01 の形で入力してください");
	}

	private BrowserlessClient login(String user) {
		BrowserlessClient client = new BrowserlessClient(port);
		assertThat(client.login(user, BoardApi.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	private static String unreadSection(BrowserlessClient client) {
		String home = client.get("/").body();
		int start = home.indexOf("id=\"unread-posts\"");
		assertThat(start).isPositive();
		return home.substring(start, home.indexOf("id=\"my-projects\"", start));
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
