package jp.kyoyu.workflow.web;

import jp.kyoyu.proposal.ProposalStatus;
import jp.kyoyu.workflow.TaskKind;

/** Status texts as the lists and exports show them (承認中 / 閲覧中 / 差戻し / 承認済 / 下書き). */
final class StatusText {

	private StatusText() {
	}

	static String of(ProposalStatus status, TaskKind stage) {
		if (status == null) {
			return "";
		}
		return switch (status) {
			case DRAFT -> "下書き";
			case IN_REVIEW -> stage == TaskKind.VIEW ? "閲覧中" : "承認中";
			case SENT_BACK -> "差戻し";
			case APPROVED -> "承認済";
		};
	}
}
