package jp.kyoyu.board;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.DisclosedTable;
import jp.kyoyu.identity.UserDisclosure;
import jp.kyoyu.shared.Wording;

/**
 * The files a user attached to their board posts and replies, by name, size and date (X13). The bytes stay out
 * (docs/modules/disclosure.md). An attachment belongs to whoever wrote the post, or the reply when it has one.
 */
@Component
class AttachmentDisclosure implements UserDisclosure {

	private static final String QUERY = "select a.id, a.post_id, a.reply_id, p.project_id, a.name, a.size, "
			+ "a.created_at from board_attachment a join board_post p on p.id = a.post_id "
			+ "left join board_reply r on r.id = a.reply_id "
			+ "where (a.reply_id is null and p.author_user_id = ?) or r.author_user_id = ? order by a.id";

	private final JdbcTemplate jdbc;

	AttachmentDisclosure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "board-files";
	}

	@Override
	public String description() {
		return Wording.japanese("board.disclosure.files");
	}

	@Override
	public int order() {
		return 33;
	}

	@Override
	public DisclosedTable disclose(String userId) {
		return DisclosedTable.of(jdbc.queryForList(QUERY, userId, userId),
				"id", "post_id", "reply_id", "project_id", "name", "size", "created_at");
	}
}
