package jp.kyoyu.consultation;

import java.time.Instant;
import java.util.List;

import jp.kyoyu.identity.Side;

/** A matter with its material, comments and files; {@code proposalId} once it became a proposal. */
public record ConsultationView(long id, long projectId, String title, String body, String registeredBy,
		String registeredByName, Side registeredSide, NoticeChannel noticeChannel, ConsultationStatus status,
		String statusLabel, Long proposalId, Instant createdAt, Instant updatedAt, Instant lastCommentAt,
		List<ConsultationFileView> files, List<ConsultationCommentView> comments) {
}
