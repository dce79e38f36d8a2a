package jp.kyoyu.document;

import jp.kyoyu.shared.Versioned;

/**
 * One folder of a project's tree. {@code parentId} is null at the top; {@code position} orders siblings from 1;
 * {@code code} is the template key the folder was made from (e.g. {@code MEET}), null for folders users added.
 */
public record FolderView(long id, long projectId, Long parentId, String name, int position, String code, long version)
		implements Versioned {
}
