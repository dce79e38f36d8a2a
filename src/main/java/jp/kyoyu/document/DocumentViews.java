package jp.kyoyu.document;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Builds {@link DocumentView}s with their files and approval records in three queries, not one per document. */
@Component
class DocumentViews {

	private final FileRowRepository files;

	private final ApprovalRowRepository approvals;

	private final FolderRepository folders;

	private final DocumentPhotos photos;

	DocumentViews(FileRowRepository files, ApprovalRowRepository approvals, FolderRepository folders,
			DocumentPhotos photos) {
		this.files = files;
		this.approvals = approvals;
		this.folders = folders;
		this.photos = photos;
	}

	List<DocumentView> of(long projectId, Collection<DocumentEntry> entries) {
		if (entries.isEmpty()) {
			return List.of();
		}
		List<Long> ids = entries.stream().map(DocumentEntry::id).toList();
		Map<Long, List<DocumentFile>> filesById = files.findByDocumentIdInOrderByDocumentIdAscPositionAsc(ids).stream()
			.collect(Collectors.groupingBy(FileRow::documentId, Collectors.mapping(FileRow::view, Collectors.toList())));
		Map<Long, List<ApprovalEntry>> records = approvals.findByDocumentIdInOrderByDocumentIdAscPositionAsc(ids)
			.stream()
			.collect(Collectors.groupingBy(ApprovalRow::documentId,
					Collectors.mapping(ApprovalRow::view, Collectors.toList())));
		List<Folder> all = folders.findByProjectIdOrderByPositionAscIdAsc(projectId);
		Map<Long, PhotoInfo> photoInfo = photos.stored(ids);
		return entries.stream().map(d -> {
			List<DocumentFile> documentFiles = filesById.getOrDefault(d.id(), List.of());
			PhotoInfo photo = DocumentPhotos.isPhoto(all, d.folderId(), documentFiles)
					? photoInfo.getOrDefault(d.id(), PhotoInfo.empty()) : null;
			return new DocumentView(d.id(), d.projectId(), d.folderId(), FolderTree.path(all, d.folderId()), d.title(),
					d.category(), d.date(), d.authorUserId(), d.authorName(), d.status(), d.proposalId(),
					d.documentTypeKey(), d.createdAt(), d.updatedAt(), documentFiles,
					records.getOrDefault(d.id(), List.of()), d.version(), photo);
		}).toList();
	}

	DocumentView of(DocumentEntry entry) {
		return of(entry.projectId(), List.of(entry)).get(0);
	}
}
