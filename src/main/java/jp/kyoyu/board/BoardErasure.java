package jp.kyoyu.board;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.project.ErasedItems;
import jp.kyoyu.project.ProjectErasure;
import jp.kyoyu.shared.Wording;

/** Erases the project's posts with their replies, audiences, read marks and attachments (issue #16). */
@Component
class BoardErasure implements ProjectErasure {

	private static final String OF_PROJECT = " where post_id in (select id from board_post where project_id = ?)";

	private final JdbcTemplate jdbc;

	BoardErasure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String step() {
		return "board";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public ErasedItems erase(long projectId) {
		List<Long> files = jdbc.queryForList("select file_id from board_attachment" + OF_PROJECT, Long.class, projectId);
		List<String> targets = jdbc.queryForList("select id from board_post where project_id = ?", Long.class, projectId)
			.stream().map(id -> "post:" + id).toList();
		long replies = jdbc.update("delete from board_reply" + OF_PROJECT, projectId);
		long marks = jdbc.update("delete from board_read_mark" + OF_PROJECT, projectId);
		jdbc.update("delete from board_attachment" + OF_PROJECT, projectId);
		jdbc.update("delete from board_audience" + OF_PROJECT, projectId);
		long posts = jdbc.update("delete from board_post where project_id = ?", projectId);
		return new ErasedItems(Map.of(Wording.japanese("board.contents.posts"), posts,
				Wording.japanese("board.erased.replies"), replies, Wording.japanese("board.erased.read-marks"), marks), files, targets);
	}
}
