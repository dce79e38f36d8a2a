package jp.kyoyu.document;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoyu.document.FolderTemplates.TemplateFolder;
import jp.kyoyu.project.ProjectKind;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** A project's folders: the template applied once, then adding, renaming and moving without cycles. */
@Component
class FolderTree {

	private final FolderRepository folders;

	private final TreeMarkRepository marks;

	private final FolderTemplates templates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	FolderTree(FolderRepository folders, TreeMarkRepository marks, FolderTemplates templates,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.folders = folders;
		this.marks = marks;
		this.templates = templates;
		this.events = events;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Applies the template in the caller's transaction (a new project: both commit or neither). */
	void applyTemplate(long projectId, ProjectKind kind) {
		if (!marks.existsById(projectId)) {
			marks.save(new TreeMark(projectId, clock.instant()));
			create(projectId, null, templates.tree(kind));
		}
	}

	/**
	 * For projects made before this module existed: applies the template on first sight in a transaction of its
	 * own (reads are read-only). Two first sights at once: one wins, the other's duplicate mark is ignored.
	 */
	void ensure(long projectId, ProjectKind kind) {
		if (marks.existsById(projectId)) {
			return;
		}
		try {
			ownTransaction.executeWithoutResult(status -> applyTemplate(projectId, kind));
		}
		catch (DataIntegrityViolationException e) {
			// the other request applied it
		}
	}

	List<Folder> all(long projectId) {
		return folders.findByProjectIdOrderByPositionAscIdAsc(projectId);
	}

	Folder add(long projectId, Long parentId, String rawName, String code) {
		List<Folder> all = all(projectId);
		checkParent(all, parentId, null);
		String name = FolderRules.name(rawName, siblingNames(all, parentId, null));
		Folder folder = folders.save(new Folder(projectId, parentId, name, nextPosition(all, parentId), code,
				clock.instant()));
		events.publishEvent(new FolderCreated(folder.id(), projectId, name));
		return folder;
	}

	void change(Folder folder, String rawName, boolean move, Long parentId) {
		List<Folder> all = all(folder.projectId());
		Long newParent = move ? parentId : folder.parentId();
		checkParent(all, newParent, folder);
		String name = rawName == null ? folder.name()
				: FolderRules.name(rawName, siblingNames(all, newParent, folder.id()));
		if (rawName == null && siblingNames(all, newParent, folder.id()).contains(name)) {
			throw new InvalidInputException("parentId", Wording.of("document.folder.move.name-taken", name));
		}
		folder.rename(name);
		if (!Objects.equals(newParent, folder.parentId())) {
			folder.moveTo(newParent, nextPosition(all, newParent));
		}
		events.publishEvent(new FolderChanged(folder.id(), folder.projectId(), name, newParent));
	}

	/** The folder and every folder below it, parents before children. */
	List<Folder> subtree(Folder root) {
		List<Folder> all = all(root.projectId());
		List<Folder> found = new ArrayList<>(List.of(root));
		for (int i = 0; i < found.size(); i++) {
			long id = found.get(i).id();
			all.stream().filter(f -> Objects.equals(f.parentId(), id)).forEach(found::add);
		}
		return found;
	}

	/** The path of names from the top, e.g. {@code 打合せ簿/6月}. */
	static String path(List<Folder> all, long folderId) {
		List<String> names = new ArrayList<>();
		upwards(all, folderId).forEach(folder -> names.add(0, folder.name()));
		return String.join("/", names);
	}

	/**
	 * The folder and its parents up to the top, nearest first; it stops at a folder not in {@code all} and at a
	 * cycle (which the database's parent links should never make, but a walk must not loop on).
	 */
	static List<Folder> upwards(List<Folder> all, long folderId) {
		List<Folder> chain = new ArrayList<>();
		Long id = folderId;
		Set<Long> seen = new HashSet<>();
		while (id != null && seen.add(id)) {
			Long current = id;
			Folder folder = all.stream().filter(f -> f.id() == current).findFirst().orElse(null);
			if (folder == null) {
				break;
			}
			chain.add(folder);
			id = folder.parentId();
		}
		return chain;
	}

	private void create(long projectId, Long parentId, List<TemplateFolder> template) {
		int position = 1;
		for (TemplateFolder item : template) {
			Folder folder = folders.save(new Folder(projectId, parentId, item.name(), position++, item.code(),
					clock.instant()));
			create(projectId, folder.id(), item.children());
		}
	}

	/** The parent exists in the project and is neither the folder itself nor below it (no cycles). */
	private void checkParent(List<Folder> all, Long parentId, Folder moving) {
		if (parentId == null) {
			return;
		}
		if (all.stream().noneMatch(f -> f.id() == parentId)) {
			throw new InvalidInputException("parentId", Wording.of("document.folder.move.parent-not-found"));
		}
		if (moving != null && subtree(moving).stream().anyMatch(f -> f.id() == parentId)) {
			throw new InvalidInputException("parentId", Wording.of("document.folder.move.into-itself"));
		}
	}

	private static Set<String> siblingNames(List<Folder> all, Long parentId, Long except) {
		Set<String> names = new HashSet<>();
		all.stream()
			.filter(f -> Objects.equals(f.parentId(), parentId) && !Objects.equals(f.id(), except))
			.forEach(f -> names.add(f.name()));
		return names;
	}

	private static int nextPosition(List<Folder> all, Long parentId) {
		return all.stream().filter(f -> Objects.equals(f.parentId(), parentId)).mapToInt(Folder::position).max()
			.orElse(0) + 1;
	}
}
