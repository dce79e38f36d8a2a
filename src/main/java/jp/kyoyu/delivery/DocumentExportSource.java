package jp.kyoyu.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import jp.kyoyu.document.ApprovalEntry;
import jp.kyoyu.document.DocumentFile;
import jp.kyoyu.document.DocumentManagement;
import jp.kyoyu.document.DocumentView;
import jp.kyoyu.document.FolderView;
import jp.kyoyu.document.PhotoInfo;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.storage.FileStore;

/**
 * The export tree from the document module: folders in their order, documents by date then registration,
 * files in their stored order, bytes read from the file store only when the export reaches them.
 */
@Component
class DocumentExportSource implements ExportSource {

	private static final Comparator<DocumentView> ORDER = Comparator
		.comparing(DocumentView::date, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingLong(DocumentView::id);

	private static final java.time.ZoneId JAPAN = java.time.ZoneId.of("Asia/Tokyo");

	private final DocumentManagement documents;

	private final FileStore files;

	private final IdentityManagement identity;

	DocumentExportSource(DocumentManagement documents, FileStore files, IdentityManagement identity) {
		this.documents = documents;
		this.files = files;
		this.identity = identity;
	}

	@Override
	public ExportTree tree(long projectId, List<Long> folderIds, String userId) {
		List<FolderView> folders = documents.folders(projectId, userId);
		Map<Long, FolderView> byId = new HashMap<>();
		folders.forEach(folder -> byId.put(folder.id(), folder));
		Map<Long, List<DocumentView>> byFolder = new HashMap<>();
		documents.documentsOf(projectId).stream().sorted(ORDER)
			.forEach(document -> byFolder.computeIfAbsent(document.folderId(), id -> new ArrayList<>()).add(document));

		Set<Long> roots = new LinkedHashSet<>();
		if (folderIds.isEmpty()) {
			folders.stream().filter(folder -> folder.parentId() == null).sorted(Comparator.comparingInt(FolderView::position))
				.forEach(folder -> roots.add(folder.id()));
		}
		for (Long id : folderIds) {
			if (id == null || !byId.containsKey(id)) {
				throw new NotFoundException(Wording.of("delivery.folder.not-found", id));
			}
			if (!insideAnother(byId.get(id), folderIds, byId)) {
				roots.add(id);
			}
		}
		// the 役職 column of the approval records: today's job title of each approver, read once per export
		Map<String, String> jobTitles = new HashMap<>();
		for (UserAccount account : identity.findAll()) {
			if (account.jobTitle() != null) {
				jobTitles.put(account.userId(), account.jobTitle());
			}
		}
		List<ExportFolder> tree = new ArrayList<>();
		roots.forEach(id -> tree.add(folder(byId.get(id), codeOf(byId.get(id), byId), folders, byFolder, jobTitles)));
		return new ExportTree(tree);
	}

	private ExportFolder folder(FolderView folder, String code, List<FolderView> all, Map<Long, List<DocumentView>> byFolder,
			Map<String, String> jobTitles) {
		List<ExportFolder> children = all.stream()
			.filter(child -> Objects.equals(child.parentId(), folder.id()))
			.sorted(Comparator.comparingInt(FolderView::position))
			.map(child -> folder(child, child.code() != null ? child.code() : code, all, byFolder, jobTitles))
			.toList();
		List<ExportDocument> docs = byFolder.getOrDefault(folder.id(), List.of()).stream()
			.map(document -> document(document, jobTitles))
			.toList();
		return new ExportFolder(folder.id(), folder.name(), code, children, docs);
	}

	private ExportDocument document(DocumentView view, Map<String, String> jobTitles) {
		List<ExportFile> content = new ArrayList<>();
		for (DocumentFile file : view.files()) {
			content.add(new ExportFile(file.name(), file.size(), file.sha256(),
					() -> files.open(file.fileId()).getInputStream()));
		}
		List<ExportApproval> approvals = view.approvalRecord().stream().map(entry -> approval(entry, jobTitles)).toList();
		PhotoInfo photo = view.photo();
		ExportPhoto exported = photo == null ? null : new ExportPhoto(photo.photoClass(), photo.workType(),
				photo.workKind(), photo.workDetail(), photo.title(), photo.representative(), photo.frequencyRequired(),
				photo.takenOn());
		return new ExportDocument(view.id(), view.title(), view.category(), view.date(), view.authorName(),
				view.statusLabel(), approvals, content, exported);
	}

	private static ExportApproval approval(ApprovalEntry entry, Map<String, String> jobTitles) {
		String jobTitle = entry.actorUserId() == null ? null : jobTitles.get(entry.actorUserId());
		return new ExportApproval(jobTitle, entry.actorName(), entry.actionLabel(),
				entry.at() == null ? null : entry.at().atZone(JAPAN).toLocalDateTime(),
				entry.byProxy() ? entry.onBehalfOfName() : null, entry.comment());
	}

	/** The folder's own template code, else the nearest ancestor's: the deliverable maps documents by it. */
	private static String codeOf(FolderView folder, Map<Long, FolderView> byId) {
		FolderView current = folder;
		Set<Long> seen = new LinkedHashSet<>();
		while (current != null && seen.add(current.id())) {
			if (current.code() != null) {
				return current.code();
			}
			current = current.parentId() == null ? null : byId.get(current.parentId());
		}
		return null;
	}

	private static boolean insideAnother(FolderView folder, List<Long> chosen, Map<Long, FolderView> byId) {
		Long parent = folder.parentId();
		Set<Long> seen = new LinkedHashSet<>();
		while (parent != null && seen.add(parent)) {
			if (chosen.contains(parent)) {
				return true;
			}
			FolderView up = byId.get(parent);
			parent = up == null ? null : up.parentId();
		}
		return false;
	}
}
