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

	DocumentViews(FileRowRepository files, ApprovalRowRepository approvals, FolderRepository folders) {
		this.files = files;
		this.approvals = approvals;
		this.folders = folders;
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
		return entries.stream()
			.map(d -> new DocumentView(d.id(), d.projectId(), d.folderId(), FolderTree.path(all, d.folderId()),
					d.title(), d.category(), d.date(), d.authorUserId(), d.authorName(), d.status(), d.proposalId(),
					d.documentTypeKey(), d.createdAt(), d.updatedAt(), filesById.getOrDefault(d.id(), List.of()),
					records.getOrDefault(d.id(), List.of()), d.version()))
			.toList();
	}

	DocumentView of(DocumentEntry entry) {
		return of(entry.projectId(), List.of(entry)).get(0);
	}
}
