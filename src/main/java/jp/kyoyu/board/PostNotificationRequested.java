package jp.kyoyu.board;

import java.time.Instant;
import java.util.List;

/**
 * The author asked to tell these users about a new post by mail (C2.8). It carries what the mail says, so the
 * listener needs nothing else from the board; persisted with the event publication, so no notice is lost.
 */
public record PostNotificationRequested(long postId, long projectId, String projectName, String title,
		String authorUserId, Instant postedAt, List<String> recipientUserIds) {
}
