package jp.kyoyu.board;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.DisclosedTable;
import jp.kyoyu.identity.UserDisclosure;
import jp.kyoyu.shared.Wording;

/** The board replies a user wrote, for a disclosure request (X13). */
@Component
class ReplyDisclosure implements UserDisclosure {

	/** Only this module's own tables (docs/modules/disclosure.md). */
	private static final String QUERY = "select id, post_id, body, created_at "
			+ "from board_reply where author_user_id = ? "
			+ "order by id";

	private final JdbcTemplate jdbc;

	ReplyDisclosure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "replies";
	}

	@Override
	public String description() {
		return Wording.japanese("board.disclosure.replies");
	}

	@Override
	public int order() {
		return 31;
	}

	@Override
	public DisclosedTable disclose(String userId) {
		return DisclosedTable.of(jdbc.queryForList(QUERY, userId),
				"id", "post_id", "body", "created_at");
	}
}
