package jp.kyoyu.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.consultation.ConsultationDocument;
import jp.kyoyu.consultation.ConsultationFolder;
import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.storage.StoredFile;

/**
 * The folders a pre-consultation matter's material and comments go into (S4.12): one folder per matter below the
 * project's top-level 「事前打合せ」 folder, holding them as documents. Both are found again by their folder code,
 * so users may rename or move them. The consultation module files into them through {@link ConsultationFolder},
 * in its own transaction.
 */
@Service
@Transactional
public class MatterFolders implements ConsultationFolder {

	/** Code of the top-level 事前打合せ folder; a matter's folder has this code plus {@code -<matter id>}. */
	public static final String CODE = "PRECONSULT";


	private final DocumentAccess access;

	private final FolderTree tree;

	private final DocumentEntryRepository documents;

	private final DocumentRegistry registry;

	private final DocumentViews views;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MatterFolders(DocumentAccess access, FolderTree tree, DocumentEntryRepository documents,
			DocumentRegistry registry, DocumentViews views, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.tree = tree;
		this.documents = documents;
		this.registry = registry;
		this.views = views;
		this.events = events;
		this.clock = clock;
	}

	/** The matter's folder, made (with the 事前打合せ parent when missing) on first use. */
	public FolderView folderFor(long projectId, long matterId, String matterTitle, String userId) {
		ProjectDetails project = access.project(projectId, userId);
		tree.ensure(projectId, project.kind());
		String code = CODE + "-" + matterId;
		Folder existing = byCode(projectId, code);
		if (existing != null) {
			return existing.view();
		}
		Folder parent = byCode(projectId, CODE);
		if (parent == null) {
			// Stored as the folder's name: Japanese whoever's matter made it first.
			String top = Wording.japanese("document.folder.name.matters");
			parent = tree.add(projectId, null, unique(projectId, null, top), CODE);
		}
		String name = ("No." + matterId + " " + matterTitle).replaceAll("[/\\\\\\p{Cntrl}]", "・");
		name = name.length() > FolderRules.MAX_NAME ? name.substring(0, FolderRules.MAX_NAME) : name;
		return tree.add(projectId, parent.id(), unique(projectId, parent.id(), name), code).view();
	}

	@Override
	public void file(ConsultationDocument document, String userId) {
		FolderView folder = folderFor(document.projectId(), document.matterId(), document.matterTitle(), userId);
		file(folder.id(), document.title(), document.category(), document.files(), userId);
	}

	/**
	 * Files a document into the folder with files already in the store, which this module then owns (the
	 * caller hands over copies of its own). Joins the caller's transaction, so both happen or neither.
	 */
	private DocumentView file(long folderId, String title, String category, List<StoredFile> stored, String userId) {
		Folder folder = access.folder(folderId, userId);
		String cleanTitle = title.length() > 200 ? title.substring(0, 200) : title;
		DocumentEntry entry = documents.save(new DocumentEntry(folder.projectId(), folder.id(), cleanTitle, category,
				LocalDate.now(clock), userId, access.name(userId), DocumentStatus.REGISTERED, null, null,
				clock.instant()));
		registry.link(entry, stored);
		events.publishEvent(new DocumentRegistered(entry.id(), entry.projectId(), folder.id(), entry.title()));
		return views.of(entry);
	}

	private Folder byCode(long projectId, String code) {
		return tree.all(projectId).stream().filter(f -> code.equals(f.code())).findFirst().orElse(null);
	}

	/** Users may have made a folder of the same name by hand; ours then gets a number. */
	private String unique(long projectId, Long parentId, String name) {
		List<String> taken = tree.all(projectId).stream()
			.filter(f -> Objects.equals(f.parentId(), parentId))
			.map(Folder::name)
			.toList();
		String candidate = name;
		for (int i = 2; taken.contains(candidate); i++) {
			candidate = name + "（" + i + "）";
		}
		return candidate;
	}
}
