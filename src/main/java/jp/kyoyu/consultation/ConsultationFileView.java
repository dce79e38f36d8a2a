package jp.kyoyu.consultation;

import java.time.Instant;

/** A file of a matter; {@code commentId} is null for the material itself. */
public record ConsultationFileView(long id, String name, long size, Long commentId, String uploadedBy,
		Instant createdAt) {
}
