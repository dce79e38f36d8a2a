package jp.kyoyu.board;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.DisclosedTable;
import jp.kyoyu.identity.UserDisclosure;
import jp.kyoyu.shared.Wording;

/**
 * When a user read which board post (既読), for a disclosure request (X13): a read mark says what the person did
 * and when, so it is data about them, and others see it (the read list of a post).
 */
@Component
class ReadMarkDisclosure implements UserDisclosure {

	private static final String QUERY = "select m.post_id, p.project_id, p.title, m.read_at "
			+ "from board_read_mark m join board_post p on p.id = m.post_id where m.user_id = ? order by m.read_at, m.post_id";

	private final JdbcTemplate jdbc;

	ReadMarkDisclosure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "read-marks";
	}

	@Override
	public String description() {
		return Wording.japanese("board.disclosure.read-marks");
	}

	@Override
	public int order() {
		return 32;
	}

	@Override
	public DisclosedTable disclose(String userId) {
		return DisclosedTable.of(jdbc.queryForList(QUERY, userId), "post_id", "project_id", "title", "read_at");
	}
}
