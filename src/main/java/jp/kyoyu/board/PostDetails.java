package jp.kyoyu.board;

import java.time.Instant;
import java.util.List;

import jp.kyoyu.shared.Versioned;

/**
 * A post as its page shows it; {@code visibleTo} users and groups are empty when the whole project sees it.
 * {@code bundled}: posted to several projects at once, so it can be edited and deleted everywhere (S2.8).
 */
public record PostDetails(long id, long projectId, String title, String body, String author, String authorUserId,
		Instant createdAt, Instant updatedAt, List<String> visibleToUsers, List<String> visibleToGroups,
		List<BoardAttachmentView> attachments, List<ReplyView> replies, boolean mine, boolean bundled, long version)
		implements Versioned {
}
