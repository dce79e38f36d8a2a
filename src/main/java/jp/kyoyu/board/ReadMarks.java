package jp.kyoyu.board;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes read marks as "insert if absent". Two openings of one post at once (double click, two tabs) may both
 * find no mark and both insert; the unique constraint then refuses the second. Each insert runs in its own
 * auto-committed statement, outside any transaction, so the refusal costs nothing: on PostgreSQL a failed
 * statement would otherwise abort the whole surrounding transaction. Plain SQL runs on H2 and PostgreSQL alike.
 */
@Component
class ReadMarks {

	private static final String INSERT_ONE = "insert into board_read_mark (post_id, user_id, read_at)"
			+ " select cast(? as bigint), cast(? as varchar(64)), cast(? as timestamp with time zone)"
			+ " where not exists (select 1 from board_read_mark where post_id = ? and user_id = ?)";

	/** How many ids go into one statement of {@link #markAll}. */
	private static final int CHUNK = 500;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final UnreadCache counts;

	ReadMarks(JdbcTemplate jdbc, Clock clock, UnreadCache counts) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.counts = counts;
	}

	/** Marks one post read; true when this call made the mark. Call it outside a transaction. */
	boolean mark(long postId, String userId) {
		try {
			boolean made = jdbc.update(INSERT_ONE, postId, userId, now(), postId, userId) == 1;
			if (made) {
				counts.forget(userId);
			}
			return made;
		}
		catch (DataIntegrityViolationException alreadyMarkedMeanwhile) {
			return false;
		}
	}

	/** Marks the posts read with a few set-based statements; returns how many marks were made. */
	int markAll(List<Long> postIds, String userId) {
		int made = 0;
		for (int from = 0; from < postIds.size(); from += CHUNK) {
			List<Long> chunk = postIds.subList(from, Math.min(postIds.size(), from + CHUNK));
			made += insertChunk(chunk, userId);
		}
		counts.forget(userId);
		return made;
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	private int insertChunk(List<Long> chunk, String userId) {
		String sql = "insert into board_read_mark (post_id, user_id, read_at)"
				+ " select p.id, cast(? as varchar(64)), cast(? as timestamp with time zone) from board_post p"
				+ " where p.id in (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")"
				+ " and not exists (select 1 from board_read_mark r where r.post_id = p.id and r.user_id = ?)";
		List<Object> args = new ArrayList<>();
		args.add(userId);
		args.add(now());
		args.addAll(chunk);
		args.add(userId);
		try {
			return jdbc.update(sql, args.toArray());
		}
		catch (DataIntegrityViolationException openedMeanwhile) {
			// A post of the chunk was opened at the same moment; the statement was undone, so mark one by one.
			int made = 0;
			for (Long postId : chunk) {
				made += mark(postId, userId) ? 1 : 0;
			}
			return made;
		}
	}
}
