package jp.kyoyu.document.web;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.document.FolderView;

/** One folder of a project's tree with its subfolders, siblings in their order (C5.1, C5.3). */
@Schema(description = "フォルダ一件とその下のフォルダ（兄弟は並び順）")
record FolderNode(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, description = "元にしたフォルダ雛形のキー（例 MEET）。利用者が追加したフォルダは null") String code,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "兄弟の中での並び順（1 から）") int position,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, description = "親フォルダのID。最上位は null") Long parentId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "下のフォルダ（なければ空）") List<FolderNode> children) {

	/** The folders under {@code parentId} (null: the top), each with its own subtree. */
	static List<FolderNode> childrenOf(List<FolderView> all, Long parentId) {
		return all.stream()
			.filter(folder -> Objects.equals(folder.parentId(), parentId))
			.sorted(Comparator.comparingInt(FolderView::position).thenComparingLong(FolderView::id))
			.map(folder -> new FolderNode(folder.id(), folder.name(), folder.code(), folder.position(),
					folder.parentId(), childrenOf(all, folder.id())))
			.toList();
	}
}
