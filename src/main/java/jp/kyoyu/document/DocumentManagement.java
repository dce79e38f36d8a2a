package jp.kyoyu.document;

import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.shared.StaleVersionException;

/**
 * Folders and documents of a project (C5, S5, G-4); docs/modules/document.md. Methods taking a user id apply
 * the access rules (members only, 404 otherwise); {@link #foldersOf} and {@link #documentsOf} are for background
 * jobs such as exports that checked access when they were started.
 */
@Service
@Transactional
public class DocumentManagement {

	private final DocumentAccess access;

	private final FolderTree tree;

	private final FolderTemplates templates;

	private final DocumentEntryRepository documents;

	private final DocumentViews views;

	private final DocumentRegistry registry;

	private final DocumentPhotos photos;

	DocumentManagement(DocumentAccess access, FolderTree tree, FolderTemplates templates,
			DocumentEntryRepository documents, DocumentViews views, DocumentRegistry registry, DocumentPhotos photos) {
		this.access = access;
		this.tree = tree;
		this.templates = templates;
		this.documents = documents;
		this.views = views;
		this.registry = registry;
		this.photos = photos;
	}

	/** The project's folders, siblings in order (parents are not necessarily listed before children). */
	@Transactional(readOnly = true)
	public List<FolderView> folders(long projectId, String userId) {
		ProjectDetails project = access.readableProject(projectId, userId);
		tree.ensure(projectId, project.kind());
		return foldersOf(projectId);
	}

	@Transactional(readOnly = true)
	public FolderView folder(long folderId, String userId) {
		return access.readableFolder(folderId, userId).view();
	}

	/** The project's documents matching the query (C5.4); 400 naming the field for a bad date, status or sort. */
	@Transactional(readOnly = true)
	public List<DocumentView> documents(long projectId, DocumentQuery query, String userId) {
		ProjectDetails project = access.readableProject(projectId, userId);
		tree.ensure(projectId, project.kind());
		return DocumentSearch.apply(documentsOf(projectId), query == null ? DocumentQuery.all() : query);
	}

	@Transactional(readOnly = true)
	public DocumentView document(long documentId, String userId) {
		return views.of(access.readableDocument(documentId, userId));
	}

	/** Suggested categories: those of the project's kind, then those already used in the project. */
	@Transactional(readOnly = true)
	public List<String> categories(long projectId, String userId) {
		ProjectDetails project = access.project(projectId, userId);
		java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(templates.categories(project.kind()));
		documents.findByProjectId(projectId).forEach(d -> all.add(d.category()));
		return List.copyOf(all);
	}

	/** Every folder of the project without an access check (exports). */
	@Transactional(readOnly = true)
	public List<FolderView> foldersOf(long projectId) {
		return tree.all(projectId).stream().map(Folder::view).toList();
	}

	/** Every document of the project with files and approval records, without an access check (exports). */
	@Transactional(readOnly = true)
	public List<DocumentView> documentsOf(long projectId) {
		return views.of(projectId, documents.findByProjectId(projectId));
	}

	public FolderView addFolder(long projectId, String name, Long parentId, String userId) {
		ProjectDetails project = access.project(projectId, userId);
		tree.ensure(projectId, project.kind());
		return tree.add(projectId, parentId, name, null).view();
	}

	/** Renames ({@code name} not null) and/or moves ({@code move}: to {@code parentId}, null = the top). */
	public FolderView changeFolder(long folderId, String name, boolean move, Long parentId, String userId) {
		return changeFolder(folderId, null, name, move, parentId, userId);
	}

	/** {@link #changeFolder} refused with {@link StaleVersionException} unless it is still at {@code version}. */
	public FolderView changeFolder(long folderId, Long version, String name, boolean move, Long parentId,
			String userId) {
		Folder folder = access.folder(folderId, userId);
		StaleVersionException.check(folder.version(), version);
		tree.change(folder, name, move, parentId);
		StaleVersionException.flushing(documents::flush);
		return folder.view();
	}

	@Transactional(readOnly = true)
	public FolderSize size(long folderId, String userId) {
		return registry.size(access.readableFolder(folderId, userId));
	}

	/**
	 * Deletes the folder. One with sub-folders or documents only when {@code recursive}: then everything in it
	 * goes and the files are released. Returns how many documents went.
	 */
	public int deleteFolder(long folderId, boolean recursive, String userId) {
		return deleteFolder(folderId, null, recursive, userId);
	}

	/** {@link #deleteFolder} refused with {@link StaleVersionException} unless it is still at {@code version}. */
	public int deleteFolder(long folderId, Long version, boolean recursive, String userId) {
		Folder folder = access.folder(folderId, userId);
		StaleVersionException.check(folder.version(), version);
		return registry.deleteFolder(folder, recursive, userId);
	}

	/** Registers a document with its files (C5.2); see {@link DocumentRegistry#register}. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public DocumentView register(long folderId, DocumentInput input, Iterable<NewFile> files, String userId) {
		return registry.register(folderId, input, files, userId);
	}

	public DocumentView move(long documentId, long folderId, String userId) {
		return move(documentId, null, folderId, userId);
	}

	/** {@link #move} refused with {@link StaleVersionException} unless the document is still at {@code version}. */
	public DocumentView move(long documentId, Long version, long folderId, String userId) {
		DocumentEntry document = access.document(documentId, userId);
		StaleVersionException.check(document.version(), version);
		return registry.move(document, folderId, userId);
	}

	public void delete(long documentId, String userId) {
		delete(documentId, null, userId);
	}

	/** {@link #delete} refused with {@link StaleVersionException} unless the document is still at {@code version}. */
	public void delete(long documentId, Long version, String userId) {
		DocumentEntry document = access.document(documentId, userId);
		StaleVersionException.check(document.version(), version);
		registry.delete(document, userId);
	}

	/** One file of a document (C5.5, C5.6): inline only for PDF and images, byte ranges answered. */
	@Transactional(readOnly = true)
	public ResponseEntity<Resource> download(long documentId, long fileRowId, boolean inline, String userId) {
		return registry.download(access.readableDocument(documentId, userId), fileRowId, inline);
	}

	/** Sets a photo document's metadata (写真区分 …, PHOTO.XML); 400 for a bad value or a document that is no photo. */
	public DocumentView changePhoto(long documentId, PhotoInput input, String userId) {
		DocumentEntry document = access.document(documentId, userId);
		photos.change(document, views.of(document), input);
		return views.of(document);
	}

	/** The photo documents directly in the folder, in the order of the document list (date, then registration). */
	@Transactional(readOnly = true)
	public List<DocumentView> photosIn(long folderId, String userId) {
		Folder folder = access.readableFolder(folderId, userId);
		return photosOf(folder);
	}

	/**
	 * The bulk-edit list's save ({@code rows}: document id → the row as typed): all rows or none; problems name
	 * the field as {@code rows[<id>].<field>}. Returns how many were saved.
	 */
	public int changePhotos(long folderId, java.util.Map<Long, PhotoInput> rows, String userId) {
		Folder folder = access.folder(folderId, userId);
		java.util.Set<Long> photoIds = new java.util.HashSet<>();
		photosOf(folder).forEach(view -> photoIds.add(view.id()));
		return photos.changeAll(rows, photoIds);
	}

	private List<DocumentView> photosOf(Folder folder) {
		List<DocumentEntry> inside = documents.findByFolderIdIn(List.of(folder.id()));
		return views.of(folder.projectId(), inside).stream()
			.filter(view -> view.photo() != null)
			.sorted(java.util.Comparator.comparing(DocumentView::date).thenComparingLong(DocumentView::id))
			.toList();
	}
}
