package jp.kyoyu.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.support.BrowserlessClient;

/** Opening one post many times at once (double click, two tabs) answers every time and leaves one read mark. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardReadMarkIntegrationTests {

	private static final int THREADS = 8;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void parallelOpeningsOfOnePostAllSucceedAndMarkItReadOnce() throws Exception {
		BoardApi api = new BoardApi(port);
		long projectId = api.project("同時に開く");
		BrowserlessClient genba = new BrowserlessClient(port);
		assertThat(genba.login("genba", BoardApi.PASSWORD).statusCode()).isEqualTo(302);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			// Several posts: a collision of the first reads is likely but not certain on each one.
			for (int round = 0; round < 6; round++) {
				String title = "同時 " + round + " " + UUID.randomUUID().toString().substring(0, 8);
				long postId = api.post(projectId, "kantoku", title, List.of());
				CountDownLatch start = new CountDownLatch(1);
				List<Future<HttpResponse<String>>> answers = new ArrayList<>();
				for (int i = 0; i < THREADS; i++) {
					answers.add(pool.submit(() -> {
						start.await();
						return genba.get("/board/posts/" + postId);
					}));
				}
				start.countDown();
				for (Future<HttpResponse<String>> answer : answers) {
					HttpResponse<String> page = answer.get();
					assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
					assertThat(page.body()).contains(title);
				}
				assertThat(jdbc.queryForObject("select count(*) from board_read_mark where post_id = ? and user_id = ?",
						Integer.class, postId, "genba")).isEqualTo(1);
				assertThat(api.titles(api.get("/api/v1/me/unread-posts", "genba"), "title")).doesNotContain(title);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}
}
