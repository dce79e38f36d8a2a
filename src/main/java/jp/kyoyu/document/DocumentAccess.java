package jp.kyoyu.document;

import org.springframework.stereotype.Component;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/**
 * Who may do what with a project's folders and documents (docs/modules/document.md, "Permissions"). Members
 * of the project (and administrators) see and file everything; nobody else learns a folder or document exists.
 */
@Component
class DocumentAccess {

	/** Keys, resolved where they are thrown, in the language of whoever is answered (docs/wording.md). */
	static final String FOLDER_NOT_FOUND = "document.folder.not-found";

	static final String DOCUMENT_NOT_FOUND = "document.not-found";

	private final ProjectManagement projects;

	private final IdentityManagement identity;

	private final FolderRepository folders;

	private final DocumentEntryRepository documents;

	DocumentAccess(ProjectManagement projects, IdentityManagement identity, FolderRepository folders,
			DocumentEntryRepository documents) {
		this.projects = projects;
		this.identity = identity;
		this.folders = folders;
		this.documents = documents;
	}

	/** The project if the user may see it; 404 in the project module's words otherwise. */
	ProjectDetails project(long projectId, String userId) {
		return projects.get(projectId, userId);
	}

	/**
	 * The project if the user may read its documents: members and administrators, and an inspector (検査員) inside
	 * the inspection period (本文5). Only reading paths use the readable variants; every change goes through
	 * {@link #project}, {@link #folder}, {@link #document}, which answer an inspector 403 (read only).
	 */
	ProjectDetails readableProject(long projectId, String userId) {
		return projects.readable(projectId, userId);
	}

	Folder readableFolder(long folderId, String userId) {
		return folder(folderId, userId, true);
	}

	DocumentEntry readableDocument(long documentId, String userId) {
		return document(documentId, userId, true);
	}

	Folder folder(long folderId, String userId) {
		return folder(folderId, userId, false);
	}

	DocumentEntry document(long documentId, String userId) {
		return document(documentId, userId, false);
	}

	private void check(long projectId, String userId, boolean reading) {
		if (reading) {
			projects.requireReadable(projectId, userId);
		}
		else {
			projects.requireVisible(projectId, userId);
		}
	}

	private Folder folder(long folderId, String userId, boolean reading) {
		Folder folder = folders.findById(folderId).orElseThrow(() -> notFound(FOLDER_NOT_FOUND));
		try {
			check(folder.projectId(), userId, reading);
		}
		catch (NotFoundException e) {
			throw notFound(FOLDER_NOT_FOUND);
		}
		return folder;
	}

	private DocumentEntry document(long documentId, String userId, boolean reading) {
		DocumentEntry document = documents.findById(documentId)
			.orElseThrow(() -> notFound(DOCUMENT_NOT_FOUND));
		try {
			check(document.projectId(), userId, reading);
		}
		catch (NotFoundException e) {
			throw notFound(DOCUMENT_NOT_FOUND);
		}
		return document;
	}

	/** The agency's supervisors of the project and administrators: they may delete what others registered. */
	boolean manages(long projectId, String userId) {
		return projects.mayManage(projectId, userId);
	}

	String name(String userId) {
		return identity.find(userId).map(UserAccount::name).orElse(userId);
	}

	/** 404 in the language of whoever is answered; the text is looked up when thrown, not once for everyone. */
	private static NotFoundException notFound(String key) {
		return new NotFoundException(Wording.of(key));
	}
}
