package jp.kyoyu.document;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectCreated;
import jp.kyoyu.project.ProjectDeleted;

/**
 * A new project gets its folder tree in the same transaction (never a project without folders); a deleted
 * project (which holds no documents, see {@link DocumentContents}) takes its empty folders with it.
 */
@Component
class ProjectFolders {

	private final FolderTree tree;

	private final FolderRepository folders;

	private final TreeMarkRepository marks;

	ProjectFolders(FolderTree tree, FolderRepository folders, TreeMarkRepository marks) {
		this.tree = tree;
		this.folders = folders;
		this.marks = marks;
	}

	@EventListener
	void on(ProjectCreated created) {
		tree.applyTemplate(created.projectId(), created.kind());
	}

	@EventListener
	void on(ProjectDeleted deleted) {
		java.util.List<Folder> all = new java.util.ArrayList<>(tree.all(deleted.projectId()));
		all.forEach(folder -> folder.moveTo(null, folder.position()));
		folders.flush();
		folders.deleteAll(all);
		marks.deleteById(deleted.projectId());
	}
}
