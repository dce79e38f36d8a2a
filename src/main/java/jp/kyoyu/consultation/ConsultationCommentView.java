package jp.kyoyu.consultation;

import java.time.Instant;
import java.util.List;

import jp.kyoyu.identity.Side;

/** A comment as both sides read it, with its attachments. */
public record ConsultationCommentView(long id, String body, String authorUserId, String authorName, Side authorSide,
		Instant createdAt, List<ConsultationFileView> files) {
}
