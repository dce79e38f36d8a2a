package jp.kyoyu.workflow;

import jp.kyoyu.shared.Wording;

/** What a person on the route does: approvers decide (承認・差戻し), viewers confirm they have read it (閲覧). */
public enum RouteRole {
	APPROVER, VIEWER;

	/** Shown on the submit and approval pages, in the language of the user. */
	public String label() {
		return Wording.of("workflow.routeRole." + name());
	}
}
