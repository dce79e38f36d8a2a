package jp.kyoyu.delivery;

import java.time.Instant;
import java.util.List;

/**
 * An export as its requester sees it.
 *
 * @param folderIds the folders chosen (empty = all)
 * @param progress 0-100
 * @param problems the checker's list (deliverable), or why it failed
 * @param resultName the download's file name, or for a server directory its path below the base directory
 * @param browsable an inspection package that can be opened online
 */
public record ExportView(long id, long projectId, ExportKind kind, List<Long> folderIds, ExportDestination destination,
		ExportStatus status,
		int progress, List<ExportProblem> problems, String overrideReason, String resultName, boolean browsable,
		String requestedBy, Instant createdAt, Instant finishedAt) {

	public boolean downloadable() {
		return status == ExportStatus.DONE && destination == ExportDestination.DOWNLOAD;
	}

	/** Failed only because the checker refused the deliverable: the user may fix it or override. */
	public boolean refusedByChecker() {
		return status == ExportStatus.FAILED && kind == ExportKind.DELIVERABLE
				&& problems.stream().anyMatch(ExportProblem::userFixable);
	}
}
