package jp.kyoyu.workflow;

/** What a person on the route does: approvers decide (承認・差戻し), viewers confirm they have read it (閲覧). */
public enum RouteRole {
	APPROVER("承認"), VIEWER("閲覧");

	private final String label;

	RouteRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
