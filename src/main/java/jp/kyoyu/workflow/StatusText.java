package jp.kyoyu.workflow;

import jp.kyoyu.proposal.ProposalStatus;
import jp.kyoyu.shared.Wording;

/** Status texts as the lists and exports show them (承認中 / 閲覧中 / 差戻し / 承認済 / 下書き). */
public final class StatusText {

	private StatusText() {
	}

	public static String of(ProposalStatus status, TaskKind stage) {
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
