package jp.kyoyu.workflow.export;

import java.time.LocalDate;

import jp.kyoyu.proposal.Importance;

/**
 * One proposal in an exported list (C4.6): texts as the list shows them, dates may be {@literal null}.
 *
 * @param status e.g. 「承認中」「閲覧中」「承認済」 as the list shows it
 */
public record ProposalRow(String projectName, String title, String documentTypeName, String status,
		LocalDate requestedAnswerOn, LocalDate receivedOn, LocalDate plannedAnswerOn, LocalDate interimAnsweredOn,
		LocalDate answeredOn, Importance importance, LocalDate completedOn) {

	/** A row without the 決裁完了日 (C4.17). */
	public ProposalRow(String projectName, String title, String documentTypeName, String status,
			LocalDate requestedAnswerOn, LocalDate receivedOn, LocalDate plannedAnswerOn, LocalDate interimAnsweredOn,
			LocalDate answeredOn, Importance importance) {
		this(projectName, title, documentTypeName, status, requestedAnswerOn, receivedOn, plannedAnswerOn,
				interimAnsweredOn, answeredOn, importance, null);
	}

	/** A row without an interim answer date (中間処理・回答日, C4.3). */
	public ProposalRow(String projectName, String title, String documentTypeName, String status,
			LocalDate requestedAnswerOn, LocalDate receivedOn, LocalDate plannedAnswerOn, LocalDate answeredOn,
			Importance importance) {
		this(projectName, title, documentTypeName, status, requestedAnswerOn, receivedOn, plannedAnswerOn, null,
				answeredOn, importance);
	}
}
