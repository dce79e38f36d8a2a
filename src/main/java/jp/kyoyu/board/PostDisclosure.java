package jp.kyoyu.board;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.DisclosedTable;
import jp.kyoyu.identity.UserDisclosure;
import jp.kyoyu.shared.Wording;

/** The board posts a user wrote, for a disclosure request (X13). */
@Component
class PostDisclosure implements UserDisclosure {

	/** Only this module's own tables (docs/modules/disclosure.md). */
	private static final String QUERY = "select id, project_id, title, body, created_at "
			+ "from board_post where author_user_id = ? "
			+ "order by id";

	private final JdbcTemplate jdbc;

	PostDisclosure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "posts";
	}

	@Override
	public String description() {
		return Wording.japanese("board.disclosure.posts");
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public DisclosedTable disclose(String userId) {
		return DisclosedTable.of(jdbc.queryForList(QUERY, userId),
				"id", "project_id", "title", "body", "created_at");
	}
}
