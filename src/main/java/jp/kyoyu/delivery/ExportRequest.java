package jp.kyoyu.delivery;

import java.util.List;

/**
 * What to export (the body of {@code POST /api/v1/projects/{id}/exports}).
 *
 * @param folderIds the chosen folders, each with everything below it; empty = the whole project
 * @param destination {@literal null} = {@link ExportDestination#DOWNLOAD}
 * @param overrideReason for a deliverable the checker finds invalid: why it must be produced anyway
 *        (recorded); {@literal null} = refuse an invalid deliverable
 */
public record ExportRequest(ExportKind kind, List<Long> folderIds, ExportDestination destination,
		String overrideReason) {

	public ExportRequest {
		folderIds = folderIds == null ? List.of() : List.copyOf(folderIds);
		destination = destination == null ? ExportDestination.DOWNLOAD : destination;
		overrideReason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
	}
}
