package jp.kyoyu.delivery;

import java.util.List;

/**
 * Where an export reads the documents from. The document module's folders and files stand behind it; the
 * export code itself only ever sees an {@link ExportTree}, so it is tested with trees built in memory.
 */
public interface ExportSource {

	/**
	 * The chosen folders (each with everything below it) as the user sees them, or the whole tree when
	 * {@code folderIds} is empty. Throws {@link jp.kyoyu.shared.NotFoundException} for a folder the user may
	 * not see or that is not in the project.
	 */
	ExportTree tree(long projectId, List<Long> folderIds, String userId);
}
