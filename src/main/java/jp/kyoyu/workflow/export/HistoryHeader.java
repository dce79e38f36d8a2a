package jp.kyoyu.workflow.export;

import java.time.LocalDate;

import jp.kyoyu.proposal.Importance;
import jp.kyoyu.shared.Wording;

/**
 * What an approval-history export says about the proposal above its steps. Texts are already in Japanese as the
 * user sees them (e.g. status 「承認済」), so the renderers need no lookups. Dates may be {@literal null}.
 *
 * @param postReviewPending a 後閲 is still open; the export then shows 「後閲待ち」 next to the status
 */
public record HistoryHeader(String projectName, String title, String documentTypeName, String status,
		LocalDate proposedOn, LocalDate receivedOn, LocalDate plannedAnswerOn, LocalDate answeredOn,
		Importance importance, boolean postReviewPending, LocalDate completedOn) {

	/** A header without the 決裁完了日 (C4.17), for callers that do not know it. */
	public HistoryHeader(String projectName, String title, String documentTypeName, String status,
			LocalDate proposedOn, LocalDate receivedOn, LocalDate plannedAnswerOn, LocalDate answeredOn,
			Importance importance, boolean postReviewPending) {
		this(projectName, title, documentTypeName, status, proposedOn, receivedOn, plannedAnswerOn, answeredOn,
				importance, postReviewPending, null);
	}

	/** The status as shown everywhere: with 「（後閲待ち）」 while a post-review is open. */
	public String statusShown() {
		String shown = status == null ? "" : status;
		return postReviewPending ? shown + Wording.japanese("workflow.export.postReviewPending") : shown;
	}
}
