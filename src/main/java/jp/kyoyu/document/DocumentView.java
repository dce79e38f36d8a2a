package jp.kyoyu.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jp.kyoyu.shared.Versioned;

/**
 * A document as other modules and the API see it. {@code proposalId} and {@code documentTypeKey} are set when it
 * is a filed proposal, whose {@code approvalRecord} is then the workflow's record (empty otherwise). Files are in
 * order; for a filed proposal the PDF comes first, then its parts in their order. {@code photo} is the photo
 * metadata (PHOTO.XML) of a photo document (in the photo folder or with a JPEG file), {@literal null} for others
 * (left out of the JSON then: the API description's {@code $ref} cannot say {@code nullable}).
 */
public record DocumentView(long id, long projectId, long folderId, String folderPath, String title, String category,
		LocalDate date, String authorUserId, String authorName, DocumentStatus status, Long proposalId,
		String documentTypeKey, Instant createdAt, Instant updatedAt, List<DocumentFile> files,
		List<ApprovalEntry> approvalRecord, long version,
		@JsonInclude(JsonInclude.Include.NON_NULL) PhotoInfo photo) implements Versioned {

	public String statusLabel() {
		return status.label();
	}
}
