package jp.kyoyu.board;

import java.time.Instant;

/** A line of a board list or search result. */
public record PostSummary(long id, long projectId, String title, String author, String authorUserId,
		Instant createdAt, boolean unread) {
}
