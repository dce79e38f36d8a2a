package jp.kyoyu.board;

import java.time.Instant;
import java.util.List;

public record ReplyView(long id, String body, String author, String authorUserId, Instant createdAt,
		List<BoardAttachmentView> attachments) {
}
