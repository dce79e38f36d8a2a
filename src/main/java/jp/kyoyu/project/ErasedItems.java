package jp.kyoyu.project;

import java.util.List;
import java.util.Map;

/**
 * What one module erased for a project: counts per kind in Japanese (e.g. {@code 掲示板の記事 → 3}) for the
 * certificate, the stored files it referenced (released afterwards; a file another record still uses stays) and
 * the audit targets of its records (e.g. {@code post:12}), whose audit entries lose their content.
 */
public record ErasedItems(Map<String, Long> counts, List<Long> fileIds, List<String> auditTargets) {

	public ErasedItems {
		counts = Map.copyOf(counts);
		fileIds = List.copyOf(fileIds);
		auditTargets = List.copyOf(auditTargets);
	}
}
