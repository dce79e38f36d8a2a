package jp.kyoyu.document;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.StaleVersionException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.storage.FileStore;
import jp.kyoyu.storage.IncomingFile;
import jp.kyoyu.storage.StoredFile;

/** Registering, moving and deleting documents; deleting folders with what is in them. Files are never orphaned. */
@Component
class DocumentRegistry {

	private final DocumentAccess access;

	private final FolderTree tree;

	private final FolderRepository folders;

	private final DocumentEntryRepository documents;

	private final FileRowRepository fileRows;

	private final DocumentViews views;

	private final ResumableUploads uploads;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DocumentPhotos photos;

	DocumentRegistry(DocumentAccess access, FolderTree tree, FolderRepository folders,
			DocumentEntryRepository documents, FileRowRepository fileRows, DocumentViews views,
			ResumableUploads uploads, FileStore files, ApplicationEventPublisher events, Clock clock,
			DocumentPhotos photos) {
		this.access = access;
		this.tree = tree;
		this.folders = folders;
		this.documents = documents;
		this.fileRows = fileRows;
		this.views = views;
		this.uploads = uploads;
		this.files = files;
		this.events = events;
		this.clock = clock;
		this.photos = photos;
	}

	/**
	 * Checks everything first, then lets the store stream the multipart files in (no connection held meanwhile)
	 * and claim them, with the finished resumable uploads, in the transaction that saves the document. The
	 * finished uploads survive a failure, so the user can register again without sending them again.
	 * <p>
	 * {@code newFiles} may be files still arriving ({@code ArrivingFiles}, issue #21): only the first one's name
	 * is looked at before storing (the title's default); each further one is checked by the store as it arrives,
	 * and a refusal discards the files stored before it.
	 */
	DocumentView register(long folderId, DocumentInput input, Iterable<NewFile> newFiles, String userId) {
		Folder folder = access.folder(folderId, userId);
		Iterator<NewFile> parts = named(newFiles == null ? List.<NewFile>of() : newFiles);
		NewFile first = parts.hasNext() ? parts.next() : null;
		// Before the title check: a blank title becomes the first file's name.
		if (first != null) {
			jp.kyoyu.shared.CleanText.requireFileName("file", first.name());
		}
		List<StoredFile> finished = uploads.finished(input.uploadIds(), folder.projectId(), userId);
		String firstName = first != null ? first.name() : finished.isEmpty() ? null : finished.get(0).name();
		DocumentRules.Clean clean = DocumentRules.check(input, (first != null ? 1 : 0) + finished.size(), firstName);
		Iterable<IncomingFile> incoming = () -> new Iterator<>() {

			private NewFile next = first;

			@Override
			public boolean hasNext() {
				return next != null || parts.hasNext();
			}

			@Override
			public IncomingFile next() {
				NewFile part = next != null ? next : parts.next();
				next = null;
				return new IncomingFile(part.content(), part.name(), part.contentType());
			}
		};
		return files.storeThenLink(folder.projectId(), incoming, finished, stored -> {
			access.folder(folderId, userId);
			DocumentEntry entry = documents.save(new DocumentEntry(folder.projectId(), folderId, clean.title(),
					clean.category(), clean.date(), userId, access.name(userId), DocumentStatus.REGISTERED, null, null,
					clock.instant()));
			saveRows(entry, stored);
			photos.takeDateFromExif(entry.id(), stored);
			uploads.consume(input.uploadIds());
			events.publishEvent(new DocumentRegistered(entry.id(), entry.projectId(), folderId, entry.title()));
			return views.of(entry);
		});
	}

	/** The files that have a name: a form's empty file input sends a part without one. */
	private static Iterator<NewFile> named(Iterable<NewFile> files) {
		Iterator<NewFile> all = files.iterator();
		return new Iterator<>() {

			private NewFile next;

			@Override
			public boolean hasNext() {
				while (next == null && all.hasNext()) {
					NewFile file = all.next();
					if (file.name() != null && !file.name().isBlank()) {
						next = file;
					}
				}
				return next != null;
			}

			@Override
			public NewFile next() {
				if (!hasNext()) {
					throw new java.util.NoSuchElementException();
				}
				NewFile file = next;
				next = null;
				return file;
			}
		};
	}

	/** Links files already in the store (a filed proposal's) within the caller's transaction. */
	void link(DocumentEntry entry, List<StoredFile> stored) {
		stored.forEach(file -> files.claim(file.id()));
		saveRows(entry, stored);
	}

	/** Any member may sort documents into folders (G-4), filed proposals included. */
	DocumentView move(DocumentEntry document, long folderId, String userId) {
		Folder target = folders.findById(folderId)
			.filter(f -> f.projectId() == document.projectId())
			.orElseThrow(() -> new InvalidInputException("folderId",
					Wording.of("document.registry.error.move-folder-not-found")));
		document.moveTo(target.id(), clock.instant());
		events.publishEvent(new DocumentMoved(document.id(), document.projectId(), target.id(), document.title()));
		StaleVersionException.flushing(documents::flush);
		return views.of(document);
	}

	/** The registrant or a manager; filed proposals are the official record and are kept (they may be moved). */
	void delete(DocumentEntry document, String userId) {
		if (document.proposalId() != null) {
			throw new ForbiddenException(Wording.of("document.registry.error.filed-proposal-kept"));
		}
		if (!document.authorUserId().equals(userId) && !access.manages(document.projectId(), userId)) {
			throw new ForbiddenException(Wording.of("document.registry.error.delete-not-allowed"));
		}
		remove(document);
	}

	FolderSize size(Folder folder) {
		List<Folder> subtree = tree.subtree(folder);
		return new FolderSize(subtree.size() - 1, documents.findByFolderIdIn(ids(subtree)).size());
	}

	int deleteFolder(Folder folder, boolean recursive, String userId) {
		List<Folder> subtree = tree.subtree(folder);
		List<DocumentEntry> inside = documents.findByFolderIdIn(ids(subtree));
		if (!recursive && (subtree.size() > 1 || !inside.isEmpty())) {
			throw new InvalidInputException("recursive", Wording.of("document.registry.error.folder-not-empty", folder.name(),
					String.valueOf(subtree.size() - 1), String.valueOf(inside.size())));
		}
		long filed = inside.stream().filter(d -> d.proposalId() != null).count();
		if (filed > 0) {
			throw new InvalidInputException("recursive",
					Wording.of("document.registry.error.folder-holds-filed-proposals", String.valueOf(filed)));
		}
		boolean othersDocuments = inside.stream().anyMatch(d -> !d.authorUserId().equals(userId));
		if (othersDocuments && !access.manages(folder.projectId(), userId)) {
			throw new ForbiddenException(Wording.of("document.registry.error.folder-holds-others-documents"));
		}
		inside.forEach(this::remove);
		List<Folder> childrenFirst = new ArrayList<>(subtree);
		Collections.reverse(childrenFirst);
		for (Folder each : childrenFirst) {
			folders.delete(each);
			folders.flush();
		}
		events.publishEvent(new FolderDeleted(folder.id(), folder.projectId(), folder.name(), inside.size()));
		return inside.size();
	}

	ResponseEntity<Resource> download(DocumentEntry document, long fileRowId, boolean inline) {
		FileRow row = fileRows.findById(fileRowId)
			.filter(f -> f.documentId() == document.id())
			.orElseThrow(() -> new NotFoundException(Wording.of("document.registry.error.file-not-found")));
		return files.download(row.fileId(), inline);
	}

	/** The document's files in the given order; the caller has claimed them. */
	private void saveRows(DocumentEntry entry, List<StoredFile> stored) {
		int position = 1;
		for (StoredFile file : stored) {
			fileRows.save(new FileRow(entry.id(), position++, file));
		}
	}

	private void remove(DocumentEntry document) {
		List<FileRow> rows = fileRows.findByDocumentIdInOrderByDocumentIdAscPositionAsc(List.of(document.id()));
		rows.forEach(row -> files.release(row.fileId()));
		fileRows.deleteAll(rows);
		documents.delete(document);
		documents.flush();
		events.publishEvent(new DocumentDeleted(document.id(), document.projectId(), document.title()));
	}

	private static List<Long> ids(List<Folder> folders) {
		return folders.stream().map(Folder::id).toList();
	}

	/** Japanese, as every API error of Kyoyu is (identity's FeatureAuthorization does the same). */
}
