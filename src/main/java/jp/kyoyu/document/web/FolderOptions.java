package jp.kyoyu.document.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jp.kyoyu.document.FolderView;

/** The tree flattened in display order with each folder's depth, for the tree list and folder selects. */
record FolderOptions(FolderView folder, int depth, String label) {

	static List<FolderOptions> of(List<FolderView> all) {
		List<FolderOptions> options = new ArrayList<>();
		add(all, null, 0, options);
		return options;
	}

	private static void add(List<FolderView> all, Long parentId, int depth, List<FolderOptions> options) {
		all.stream()
			.filter(f -> Objects.equals(f.parentId(), parentId))
			.sorted(Comparator.comparingInt(FolderView::position).thenComparingLong(FolderView::id))
			.forEach(f -> {
				options.add(new FolderOptions(f, depth, "　".repeat(depth) + f.name()));
				add(all, f.id(), depth + 1, options);
			});
	}
}
