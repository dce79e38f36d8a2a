package jp.kyoyu.workflow.web;

import jp.kyoyu.proposal.ProposalStatus;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.workflow.TaskKind;

/** Status texts as the lists and exports show them (承認中 / 閲覧中 / 差戻し / 承認済 / 下書き). */
final class StatusText {

	private StatusText() {
	}

	static String of(ProposalStatus status, TaskKind stage) {
		if (status == null) {
			return "";
		}
		// Always Japanese: the same text goes into the CSV and Excel exports of the list.
		if (status == ProposalStatus.IN_REVIEW && stage == TaskKind.VIEW) {
			return Wording.japanese("workflow.list.viewing");
		}
		return Wording.japanese("proposal.status." + status.name());
	}
}
