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
import jp.kyoyu.support.ProjectFixtures;

/**
 * The home page shows the newest 20 unread posts with the exact number of all of them and a link to the full,
 * paged unread list; "mark all read" still marks every one. Each test uses a new user, so the counts are exact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardUnreadListIntegrationTests {

	static final String PASSWORD = "Ine-karu-aki-2026";

	@LocalServerPort
	int port;

	@Test
	void homeShowsTheNewestTwentyOfTwentyFiveAndTheFullListShowsAllUntilAllAreMarkedRead() throws Exception {
		BoardApi api = new BoardApi(port);
		String userId = newUser();
		long projectId = api.project("未読一覧");
		api.member(projectId, userId, "CONTRACTOR_STAFF");
		String tag = "未読" + UUID.randomUUID().toString().substring(0, 6);
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= 25; i++) {
			ids.add(api.post(projectId, "kantoku", String.format("%s 記事%02d", tag, i), List.of()));
		}
		String secret = tag + " 主任だけ";
		api.post(projectId, "kantoku", secret, List.of("shunin"));
		BrowserlessClient user = login(userId);

		String home = unreadSection(user);
		assertThat(home).contains("未読 25 件のうち最新 20 件").contains("href=\"/board/unread\"")
			.doesNotContain(secret);
		assertThat(posts(home)).isEqualTo(20);
		assertThat(home).contains(tag + " 記事25<").contains(tag + " 記事06<").doesNotContain(tag + " 記事05<");

		String all = user.get("/board/unread").body();
		assertThat(all).contains("1–25 件 / 全 25 件").contains(tag + " 記事01<").contains(tag + " 記事25<")
			.doesNotContain(secret).doesNotContain("rel=\"next\"");
		assertThat(posts(all)).isEqualTo(25);

		assertThat(user.get("/board/posts/" + ids.get(0)).statusCode()).isEqualTo(200);
		assertThat(unreadSection(user)).contains("未読 24 件のうち最新 20 件");
		assertThat(user.get("/board/unread?page=7").body()).contains("7 ページ目はありません")
			.contains("1–24 件 / 全 24 件");

		HttpResponse<String> marked = user.submit("/", "/board/unread/read", "x=1");
		assertThat(marked.statusCode()).isEqualTo(302);
		assertThat(user.get("/").body()).contains("24件の記事を既読にしました");
		assertThat(unreadSection(user)).contains("未読の記事はありません").doesNotContain(tag);
		assertThat(user.get("/board/unread").body()).contains("未読の記事はありません").doesNotContain(tag);
		HttpResponse<String> json = user.get("/api/v1/me/unread-posts");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).isEqualTo("[]");

		// The kept number follows a new post at once, not after a while.
		api.post(projectId, "kantoku", tag + " 追加の記事", List.of());
		assertThat(unreadSection(user)).contains("未読 1 件のうち最新 1 件").contains(tag + " 追加の記事<");
	}

	@Test
	void homeListsTwentyOfTheUsersProjectsAndSaysHowManyThereAre() throws Exception {
		BoardApi api = new BoardApi(port);
		String userId = newUser();
		for (int i = 0; i < 22; i++) {
			long projectId = project(api, "多数の工事 " + i);
			api.member(projectId, userId, "CONTRACTOR_STAFF");
		}
		String home = login(userId).get("/").body();
		String projects = home.substring(home.indexOf("id=\"my-projects\""));
		assertThat(projects).contains("全 22 件のうち 20 件を表示").contains("href=\"/projects\"");
		assertThat(count(projects.substring(0, projects.indexOf("</table>")), "href=\"/projects/\\d+\"")).isEqualTo(20);
	}

	private static long project(BoardApi api, String name) throws Exception {
		return new ProjectFixtures(api).works(name).create();
	}

	/** A contractor-side user made by the administrator, so nobody else's posts are unread for them. */
	private String newUser() {
		BrowserlessClient admin = new BrowserlessClient(port);
		assertThat(admin.login("admin", BoardApi.PASSWORD).statusCode()).isEqualTo(302);
		String userId = "unread" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = admin.submit("/admin/users/new", "/admin/users", "userId=" + userId
				+ "&name=" + enc("未読 確認") + "&email=" + userId + "%40example.jp&side=CONTRACTOR&password="
				+ enc(PASSWORD));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		return userId;
	}

	private BrowserlessClient login(String userId) {
		BrowserlessClient client = new BrowserlessClient(port);
		assertThat(client.login(userId, PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	private static String unreadSection(BrowserlessClient client) {
		String home = client.get("/").body();
		int start = home.indexOf("id=\"unread-posts\"");
		assertThat(start).isPositive();
		return home.substring(start, home.indexOf("id=\"todays-events\"", start));
	}

	/** How many links to single posts the html has. */
	private static int posts(String html) {
		return count(html, "href=\"/board/posts/\\d+\"");
	}

	private static int count(String html, String regex) {
		Matcher m = Pattern.compile(regex).matcher(html);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
