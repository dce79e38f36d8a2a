package jp.kyoyu.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectKind;
import jp.kyoyu.shared.Wording;

/**
 * Finds the folder a filed proposal goes to by the template code of its type (kept when users rename or move
 * the folder), else the fallback folder, else makes the fallback folder again at the top: a filing never fails
 * because someone tidied the tree.
 */
@Component
class FolderTargets {

	private final FolderTree tree;

	private final FolderTemplates templates;

	FolderTargets(FolderTree tree, FolderTemplates templates) {
		this.tree = tree;
		this.templates = templates;
	}

	Folder folderFor(long projectId, ProjectKind kind, String documentTypeKey) {
		tree.applyTemplate(projectId, kind);
		List<Folder> all = tree.all(projectId);
		String code = templates.codeFor(documentTypeKey);
		return byCode(all, code)
			.or(() -> byCode(all, templates.fallback()))
			.orElseGet(() -> {
				String name = templates.find(kind, templates.fallback()).map(FolderTemplates.TemplateFolder::name)
					.orElse(Wording.japanese("document.folder.name.fallback"));
				boolean taken = all.stream().anyMatch(f -> f.parentId() == null && f.name().equals(name));
				String free = taken ? Wording.japanese("document.folder.name.auto-made", name) : name;
				return tree.add(projectId, null, free, templates.fallback());
			});
	}

	private static Optional<Folder> byCode(List<Folder> all, String code) {
		return all.stream().filter(f -> Objects.equals(f.code(), code)).findFirst();
	}
}
