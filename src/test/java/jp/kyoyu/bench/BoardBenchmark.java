package jp.kyoyu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;

import jp.kyoyu.board.BoardReading;
import jp.kyoyu.board.PostSearch;
import jp.kyoyu.support.BrowserlessClient;

/**
 * The board at the size of the issue: 100 projects × 2,000 posts × 10 replies, seeded with set-based SQL into
 * the test context's H2 database. Measures the p95 of the home page (unread list across all 100 projects) and
 * of one project's board list against a trivial page of the same app ({@code /account}), in the same run,
 * through real HTTP with a logged-in session. Prints the ratios; asserts only that the pages answer.
 * Run: {@code ./mvnw test -Dexcluded.test.groups= -Dtest=BoardBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardBenchmark {

	static final int PROJECTS = Integer.getInteger("bench.projects", 100);

	static final int POSTS_PER_PROJECT = Integer.getInteger("bench.posts", 2000);

	static final int REPLIES_PER_POST = 10;

	static final int ROUNDS = Integer.getInteger("bench.rounds", 200);

	static final String PREFIX = "ベンチ";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SpringResourceTemplateResolver templates;

	@Autowired
	BoardReading reading;

	@Test
	void unreadListAndBoardListAgainstATrivialPage() {
		// The test configuration turns the template cache off (templates reload while editing); production has it on.
		boolean cacheable = templates.isCacheable();
		templates.setCacheable(true);
		try {
			measure();
		}
		finally {
			templates.setCacheable(cacheable);
		}
	}

	private void measure() {
		long started = System.nanoTime();
		List<Long> projects = seed();
		System.out.printf("board benchmark  seeded %,d posts, %,d replies, %,d read marks in %.1f s%n",
				count("board_post"), count("board_reply"), count("board_read_mark"),
				(System.nanoTime() - started) / 1e9);

		BrowserlessClient genba = new BrowserlessClient(port);
		assertThat(genba.login("genba", "Kyoyu#Demo2026").statusCode()).isEqualTo(302);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("trivial page /account", "/account");
		pages.put("home page (unread list)", "/");
		pages.put("project board list", "/projects/" + projects.get(projects.size() / 2) + "/board");
		assertThat(genba.get("/").body()).contains(PREFIX + "記事");
		assertThat(genba.get(pages.get("project board list")).body()).contains(PREFIX + "記事");

		Map<String, long[]> times = new LinkedHashMap<>();
		pages.keySet().forEach(name -> times.put(name, new long[ROUNDS]));
		for (int round = -ROUNDS / 5; round < ROUNDS; round++) {
			// Interleaved, so that whatever else the machine does hits all pages alike.
			for (Map.Entry<String, String> page : pages.entrySet()) {
				long start = System.nanoTime();
				int status = genba.get(page.getValue()).statusCode();
				long took = System.nanoTime() - start;
				assertThat(status).isEqualTo(200);
				if (round >= 0) {
					times.get(page.getKey())[round] = took;
				}
			}
		}
		long board = projects.get(projects.size() / 2);
		times.put("service BoardReading.unread", timed(() -> reading.unread("genba")));
		times.put("service BoardReading.list", timed(() -> reading.list(board, PostSearch.of(null, null, null, null),
				"genba")));
		times.put("service unread(page 1 of 20)", timed(() -> reading.unread("genba", 1, 20)));
		times.put("service page(board, 1)", timed(() -> reading.page(board, PostSearch.none(), 1, "genba")));
		double trivial = p95(times.get("trivial page /account"));
		times.forEach((name, nanos) -> System.out.printf(
				"board benchmark  %-26s p50 %7.1f ms  p95 %7.1f ms  (%.2f x trivial p95)%n", name,
				percentile(nanos, 50) / 1e6, p95(nanos) / 1e6, p95(nanos) / trivial));
	}

	/** 100 projects with genba and kantoku; kantoku's posts, one in ten only for shunin; genba read most. */
	private List<Long> seed() {
		String now = "timestamp with time zone '2026-11-01 09:00:00+09:00'";
		jdbc.update("insert into project (kind, fiscal_year, name, period_start, period_end, created_at, updated_at)"
				+ " select 'WORKS', 2026, '" + PREFIX + "工事 ' || x, date '2026-04-01', date '2027-03-31', " + now
				+ ", " + now + " from system_range(1, " + PROJECTS + ")");
		List<Long> projects = jdbc.queryForList("select id from project where name like '" + PREFIX
				+ "工事 %' order by id", Long.class);
		for (String[] member : List.of(new String[] { "genba", "SITE_AGENT" }, new String[] { "kantoku", "SUPERVISOR" },
				new String[] { "shunin", "SENIOR_SUPERVISOR" })) {
			jdbc.update("insert into project_member (project_id, user_id, role, added_at) select id, ?, ?, " + now
					+ " from project where name like '" + PREFIX + "工事 %'", member[0], member[1]);
		}
		int index = 0;
		for (long projectId : projects) {
			// Posts of all projects interleave in time, one every 100 s per project, the newest last.
			jdbc.update("insert into board_post (project_id, title, body, author_user_id, restricted, created_at,"
					+ " updated_at) select ?, '" + PREFIX + "記事 ' || ? || '-' || x, '本文です。' || x, 'kantoku',"
					+ " mod(x, 10) = 0, dateadd('SECOND', x * 100 + ?, timestamp with time zone"
					+ " '2026-01-01 00:00:00+00:00'), dateadd('SECOND', x * 100 + ?, timestamp with time zone"
					+ " '2026-01-01 00:00:00+00:00') from system_range(1, ?)", projectId, projectId, index, index,
					POSTS_PER_PROJECT);
			jdbc.update("insert into board_audience (post_id, kind, ref) select id, 'USER', 'shunin' from board_post"
					+ " where project_id = ? and restricted", projectId);
			jdbc.update("insert into board_reply (post_id, body, author_user_id, created_at) select p.id,"
					+ " '返信です。' || r.x, case when mod(r.x, 2) = 0 then 'genba' else 'shunin' end, p.created_at"
					+ " from board_post p cross join system_range(1, " + REPLIES_PER_POST + ") r"
					+ " where p.project_id = ? and (not p.restricted or mod(r.x, 2) = 1)", projectId);
			// genba has read all but one in fifty of the posts they may see.
			jdbc.update("insert into board_read_mark (post_id, user_id, read_at) select id, 'genba', created_at"
					+ " from board_post where project_id = ? and not restricted and mod(id, 50) <> 7", projectId);
			index++;
		}
		return projects;
	}

	private static long[] timed(Runnable call) {
		long[] nanos = new long[ROUNDS];
		for (int round = -ROUNDS / 5; round < ROUNDS; round++) {
			long start = System.nanoTime();
			call.run();
			if (round >= 0) {
				nanos[round] = System.nanoTime() - start;
			}
		}
		return nanos;
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static double p95(long[] nanos) {
		return percentile(nanos, 95);
	}

	private static double percentile(long[] nanos, int percent) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
	}
}
